import type { OutgoingMail } from '../mail/mail.service.js';
import { mailDate } from '../mail/mail-dates.js';
import type { Role } from '../plans/plan.entity.js';
import type { Language } from '../users/user.entity.js';

export interface InvitationMailFacts {
  to: string;
  inviterName: string;
  planTitle: string;
  role: Role;
  expiresAt: Date;
  acceptUrl: string;
}

const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  en: { owner: 'owner', editor: 'editor', contributor: 'contributor', viewer: 'viewer' },
  fr: { owner: 'propriétaire', editor: 'éditeur ou éditrice', contributor: 'contributeur ou contributrice', viewer: 'lecteur ou lectrice' },
  es: { owner: 'propietario', editor: 'editor', contributor: 'colaborador', viewer: 'lector' },
  ru: { owner: 'владелец', editor: 'редактор', contributor: 'участник', viewer: 'читатель' },
  zh: { owner: '所有者', editor: '编辑者', contributor: '贡献者', viewer: '查看者' },
  ar: { owner: 'مالك', editor: 'محرر', contributor: 'مساهم', viewer: 'مطّلع' },
};

type Wording = (facts: InvitationMailFacts, role: string, expires: string) => { subject: string; text: string };

const WORDING: Record<Language, Wording> = {
  en: (f, role, expires) => ({
    subject: `You are invited to work on “${f.planTitle}”`,
    text: `${f.inviterName} invites you to the reform plan “${f.planTitle}” on Reform Roadmap, as ${role}.\n\nOpen this link to accept (it works once and expires on ${expires} UTC):\n${f.acceptUrl}\n`,
  }),
  fr: (f, role, expires) => ({
    subject: `Invitation à travailler sur « ${f.planTitle} »`,
    text: `${f.inviterName} vous invite à rejoindre le plan de réforme « ${f.planTitle} » sur Reform Roadmap, en tant que ${role}.\n\nOuvrez ce lien pour accepter (il ne sert qu’une fois et expire le ${expires} UTC) :\n${f.acceptUrl}\n`,
  }),
  es: (f, role, expires) => ({
    subject: `Invitación para trabajar en «${f.planTitle}»`,
    text: `${f.inviterName} le invita al plan de reforma «${f.planTitle}» en Reform Roadmap, con el rol de ${role}.\n\nAbra este enlace para aceptar (sirve una sola vez y caduca el ${expires} UTC):\n${f.acceptUrl}\n`,
  }),
  ru: (f, role, expires) => ({
    subject: `Приглашение к работе над планом «${f.planTitle}»`,
    text: `${f.inviterName} приглашает вас в план реформы «${f.planTitle}» в Reform Roadmap с ролью «${role}».\n\nОткройте ссылку, чтобы принять приглашение (она действует один раз и истекает ${expires} UTC):\n${f.acceptUrl}\n`,
  }),
  zh: (f, role, expires) => ({
    subject: `邀请您参与“${f.planTitle}”`,
    text: `${f.inviterName} 邀请您以${role}身份加入 Reform Roadmap 上的改革计划“${f.planTitle}”。\n\n请打开以下链接接受邀请（仅可使用一次，于 UTC ${expires} 失效）：\n${f.acceptUrl}\n`,
  }),
  ar: (f, role, expires) => ({
    subject: `دعوة للعمل على «${f.planTitle}»`,
    text: `يدعوك ${f.inviterName} إلى خطة الإصلاح «${f.planTitle}» على Reform Roadmap بدور ${role}.\n\nافتح هذا الرابط لقبول الدعوة (يعمل مرة واحدة وتنتهي صلاحيته في ${expires} بالتوقيت العالمي):\n${f.acceptUrl}\n`,
  }),
};

/** The invitation email, in the language the inviter chose for the invitee. */
export function invitationMail(language: Language, facts: InvitationMailFacts): OutgoingMail {
  return { to: facts.to, ...WORDING[language](facts, ROLE_NAMES[language][facts.role], mailDate(language, facts.expiresAt, true)) };
}
