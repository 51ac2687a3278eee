import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { planRequest } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';

/** Membership is the one truth: a removed member is no assignee, and hears nothing more about the plan. */
describe('removing a member over HTTP', () => {
  let sut: TestApp;
  let db: DataSource;
  let owner: string;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    owner = await sut.tokenFor('owner@demo.org');
  });
  afterAll(() => sut.close());

  const newPlan = async () => (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body.id as string;
  const newStep = async (planId: string, title: string) =>
    (await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'POL', title }).expect(201)).body as { id: string; version: number; assigneeIds: string[] };
  const newUser = async (email: string) =>
    (await sut.running.app.get(UsersService).create({ email, name: email.split('@')[0], password: 'a long enough passphrase' })).id;
  /** Assignees that are not members of their step's plan: must always be none. */
  const outsiderAssignees = async (planId: string) =>
    (await db.query(
      `SELECT a.step_id, a.user_id FROM step_assignees a JOIN steps s ON s.id = a.step_id
         LEFT JOIN plan_members m ON m.plan_id = s.plan_id AND m.user_id = a.user_id
        WHERE s.plan_id = $1 AND m.user_id IS NULL`,
      [planId],
    )) as unknown[];
  const notificationsOf = async (userId: string, planId: string) =>
    (await db.query(`SELECT kind, read_at FROM notifications WHERE user_id = $1 AND plan_id = $2`, [userId, planId])) as { kind: string; read_at: Date | null }[];

  it('removes their assignments and unread notifications with the membership, and a later comment does not reach them', async () => {
    const planId = await newPlan();
    const [first, second] = [await newStep(planId, 'Draft the community services law'), await newStep(planId, 'Close the long-stay ward')];
    const otherPlanId = await newPlan();
    const otherStep = await newStep(otherPlanId, 'A step of another plan');
    const leaverId = await newUser('leaver@example.org');
    for (const id of [planId, otherPlanId]) {
      const invitation = await sut.http().post(`/api/v1/plans/${id}/invitations`).set(bearer(owner)).send({ email: 'leaver@example.org', role: 'contributor' }).expect(201);
      await sut.http().post(`/api/v1/invitations/${invitation.body.acceptUrl.split('/').at(-1)}/accept`)
        .send({ name: 'x', password: 'a long enough passphrase' }).expect(201);
    }
    const members = await sut.http().get(`/api/v1/plans/${planId}/members`).set(bearer(owner)).expect(200);
    const leaver = members.body.items.find((member: { userId: string }) => member.userId === leaverId);
    await sut.http().patch(`/api/v1/plans/${planId}/members/${leaverId}`).set(bearer(owner)).send({ role: 'contributor', reviewer: true, version: leaver.version }).expect(200);
    for (const step of [first, second]) {
      await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ assigneeIds: [leaverId], version: step.version }).expect(200);
    }
    await sut.http().patch(`/api/v1/plans/${otherPlanId}/steps/${otherStep.id}`).set(bearer(owner)).send({ assigneeIds: [leaverId], version: otherStep.version }).expect(200);
    for (const [id, stepId] of [[planId, first.id], [otherPlanId, otherStep.id]]) {
      await sut.http().post(`/api/v1/plans/${id}/steps/${stepId}/comments`).set(bearer(owner)).send({ body: 'Where are we with this?' }).expect(201);
    }
    expect(await notificationsOf(leaverId, planId)).toEqual([expect.objectContaining({ kind: 'comment_on_assigned_step', read_at: null })]);

    await sut.http().delete(`/api/v1/plans/${planId}/members/${leaverId}`).set(bearer(owner)).expect(204);

    expect(await outsiderAssignees(planId)).toEqual([]);
    for (const step of [first, second]) {
      const shown = await sut.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).expect(200);
      expect(shown.body.assigneeIds).toEqual([]);
    }
    expect(await notificationsOf(leaverId, planId)).toEqual([]);
    const [{ reviewers }] = await db.query(`SELECT count(*)::int AS reviewers FROM plan_members WHERE plan_id = $1 AND reviewer`, [planId]);
    expect(reviewers).toBe(0);
    const activity = await sut.http().get(`/api/v1/plans/${planId}/activity`).set(bearer(owner)).expect(200);
    const removal = activity.body.items[0];
    expect(removal).toMatchObject({ entityType: 'member', action: 'delete', entityId: leaverId });
    expect(removal.changes).toContainEqual({
      field: 'assignedSteps',
      before: expect.arrayContaining(['Draft the community services law', 'Close the long-stay ward']),
      after: null,
    });

    await sut.http().post(`/api/v1/plans/${planId}/steps/${first.id}/comments`).set(bearer(owner)).send({ body: 'Any news?' }).expect(201);
    expect(await notificationsOf(leaverId, planId)).toEqual([]);
    const bell = await sut.http().get('/api/v1/notifications').set(bearer(await sut.tokenFor('leaver@example.org', 'a long enough passphrase'))).expect(200);
    expect(bell.body.items.map((item: { planId: string }) => item.planId)).toEqual([otherPlanId]);
    // Their other plan is untouched.
    expect((await sut.http().get(`/api/v1/plans/${otherPlanId}/steps/${otherStep.id}`).set(bearer(owner)).expect(200)).body.assigneeIds).toEqual([leaverId]);
    // And they cannot be assigned any more.
    const refused = await sut.http().patch(`/api/v1/plans/${planId}/steps/${first.id}`).set(bearer(owner))
      .send({ assigneeIds: [leaverId], version: (await sut.http().get(`/api/v1/plans/${planId}/steps/${first.id}`).set(bearer(owner))).body.version }).expect(400);
    expect(refused.body.errors[0].field).toBe('assigneeIds');
  });

  it('never leaves a non-member assignee when a removal and an assignment of that member race (10 rounds)', async () => {
    const planId = await newPlan();
    let step = await newStep(planId, 'A step everyone wants');
    const memberId = await newUser('racer@example.org');
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round++) {
      await db.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, 'contributor')`, [planId, memberId]);
      // The removal starts a little later each round, so both orders of the two transactions occur.
      const [removal, assignment] = await Promise.all([
        new Promise((resolve) => setTimeout(resolve, round * 2)).then(() => sut.http().delete(`/api/v1/plans/${planId}/members/${memberId}`).set(bearer(owner))),
        sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ assigneeIds: [memberId], version: step.version }),
      ]);
      expect(removal.status).toBe(204);
      // Either the assignment came first (and the removal took it away) or it saw the removal.
      expect([200, 400]).toContain(assignment.status);
      outcomes.push(`${removal.status}/${assignment.status}`);
      expect(await outsiderAssignees(planId)).toEqual([]);
      step = (await sut.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).expect(200)).body;
      expect(step.assigneeIds).toEqual([]);
    }
    expect(outcomes).toHaveLength(10);
  });
});
