import type { OutgoingMail } from '../mail/mail.service.js';
import type { Language } from '../users/user.entity.js';

export interface CommentMailFacts {
  to: string;
  authorName: string;
  stepLabel: string;
  body: string;
  /** A mention, or a comment on a step the recipient is assigned to. */
  reason: 'mention' | 'comment_on_assigned_step';
}

const WHY: Record<Language, Record<CommentMailFacts['reason'], string>> = {
  en: { mention: 'mentioned you', comment_on_assigned_step: 'commented on a step assigned to you' },
  fr: { mention: 'vous a mentionné·e', comment_on_assigned_step: 'a commenté une étape qui vous est assignée' },
  es: { mention: 'le mencionó', comment_on_assigned_step: 'comentó un paso que tiene asignado' },
  ru: { mention: 'упомянул(а) вас', comment_on_assigned_step: 'прокомментировал(а) назначенный вам шаг' },
  zh: { mention: '提到了您', comment_on_assigned_step: '评论了分配给您的步骤' },
  ar: { mention: 'أشار إليك', comment_on_assigned_step: 'علّق على خطوة مسندة إليك' },
};

const ON: Record<Language, (why: string, label: string) => string> = {
  en: (why, label) => `${why} on “${label}”`,
  fr: (why, label) => `${why} sur « ${label} »`,
  es: (why, label) => `${why} en «${label}»`,
  ru: (why, label) => `${why} в шаге «${label}»`,
  zh: (why, label) => `${why}（“${label}”）`,
  ar: (why, label) => `${why} في «${label}»`,
};

/** The email telling a member about a comment, in the member's own language. */
export function commentMail(language: Language, facts: CommentMailFacts): OutgoingMail {
  const why = WHY[language][facts.reason];
  return {
    to: facts.to,
    subject: `${facts.authorName} ${why}: ${facts.stepLabel}`,
    text: `${facts.authorName} ${ON[language](why, facts.stepLabel)}:\n\n${facts.body}\n`,
  };
}
