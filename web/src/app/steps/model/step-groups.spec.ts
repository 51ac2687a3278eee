import { createStep } from './step-factory';
import { groupStepsByArea } from './step-groups';

describe('groupStepsByArea', () => {
  it('groups by area in catalogue order, keeping the order inside each area', () => {
    const steps = [
      createStep({ id: 'soc', area: 'SOC' }),
      createStep({ id: 'law-1', area: 'LAW' }),
      createStep({ id: 'pol', area: 'POL' }),
      createStep({ id: 'law-2', area: 'LAW' }),
    ];
    const sut = groupStepsByArea(steps);
    expect(sut.map((group) => group.area)).toEqual(['POL', 'LAW', 'SOC']);
    expect(sut[1].steps.map((step) => step.id)).toEqual(['law-1', 'law-2']);
  });

  it('returns no groups for no steps', () => {
    expect(groupStepsByArea([])).toEqual([]);
  });
});
