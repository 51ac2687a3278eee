import type { OutgoingMail } from '../mail/mail.service.js';
import { mailDate } from '../mail/mail-dates.js';
import type { Language } from '../users/user.entity.js';

export type ReminderKind = 'due_soon' | 'overdue' | 'overdue_digest';

export interface ReminderMailFacts {
  to: string;
  /** The step ("LAW-2 Review the mental health act"), or the plan's title for the digest. */
  summary: string;
  /** The step's due date, or today for the digest. */
  forDate: string;
  /** How many steps are overdue (the digest only). */
  overdueCount: number;
}

type Wording = (summary: string, date: string, count: number) => { subject: string; text: string };

const WORDING: Record<Language, Record<ReminderKind, Wording>> = {
  en: {
    due_soon: (s, d) => ({ subject: `Due soon: ${s}`, text: `The step “${s}”, assigned to you, is due on ${d}.` }),
    overdue: (s, d) => ({ subject: `Overdue: ${s}`, text: `The step “${s}”, assigned to you, was due on ${d} and is not done yet.` }),
    overdue_digest: (s, _d, n) => ({
      subject: `Overdue steps today: ${s}`,
      text: `${n} step(s) of your plan “${s}” are overdue. Open the plan and filter on “overdue only” to see them.`,
    }),
  },
  fr: {
    due_soon: (s, d) => ({ subject: `Échéance proche : ${s}`, text: `L’étape « ${s} », qui vous est assignée, arrive à échéance le ${d}.` }),
    overdue: (s, d) => ({ subject: `En retard : ${s}`, text: `L’étape « ${s} », qui vous est assignée, devait être terminée le ${d} et ne l’est pas encore.` }),
    overdue_digest: (s, _d, n) => ({
      subject: `Étapes en retard aujourd’hui : ${s}`,
      text: `Étapes en retard dans votre plan « ${s} » : ${n}. Ouvrez le plan et filtrez sur « en retard seulement » pour les voir.`,
    }),
  },
  es: {
    due_soon: (s, d) => ({ subject: `Vence pronto: ${s}`, text: `El paso «${s}», que tiene asignado, vence el ${d}.` }),
    overdue: (s, d) => ({ subject: `Atrasado: ${s}`, text: `El paso «${s}», que tiene asignado, vencía el ${d} y aún no está terminado.` }),
    overdue_digest: (s, _d, n) => ({
      subject: `Pasos atrasados hoy: ${s}`,
      text: `Pasos atrasados en su plan «${s}»: ${n}. Abra el plan y filtre por «solo atrasados» para verlos.`,
    }),
  },
  ru: {
    due_soon: (s, d) => ({ subject: `Скоро срок: ${s}`, text: `Срок назначенного вам шага «${s}» — ${d}.` }),
    overdue: (s, d) => ({ subject: `Просрочено: ${s}`, text: `Срок назначенного вам шага «${s}» истёк ${d}, а шаг ещё не выполнен.` }),
    overdue_digest: (s, _d, n) => ({
      subject: `Просроченные шаги на сегодня: ${s}`,
      text: `Просроченных шагов в вашем плане «${s}»: ${n}. Откройте план и включите фильтр «только просроченные», чтобы их увидеть.`,
    }),
  },
  zh: {
    due_soon: (s, d) => ({ subject: `即将到期：${s}`, text: `分配给您的步骤“${s}”将于 ${d} 到期。` }),
    overdue: (s, d) => ({ subject: `已逾期：${s}`, text: `分配给您的步骤“${s}”已于 ${d} 到期，尚未完成。` }),
    overdue_digest: (s, _d, n) => ({
      subject: `今日逾期步骤：${s}`,
      text: `您的计划“${s}”中有 ${n} 个步骤已逾期。打开计划并筛选“仅逾期”即可查看。`,
    }),
  },
  ar: {
    due_soon: (s, d) => ({ subject: `يحين موعدها قريبًا: ${s}`, text: `الخطوة «${s}» المسندة إليك يحين موعدها في ${d}.` }),
    overdue: (s, d) => ({ subject: `متأخرة: ${s}`, text: `الخطوة «${s}» المسندة إليك كان موعدها ${d} ولم تُنجز بعد.` }),
    overdue_digest: (s, _d, n) => ({
      subject: `الخطوات المتأخرة اليوم: ${s}`,
      text: `عدد الخطوات المتأخرة في خطتك «${s}»: ${n}. افتح الخطة واختر عامل التصفية «المتأخرة فقط» لرؤيتها.`,
    }),
  },
};

/** A reminder email in the recipient's language. */
export function reminderMail(language: Language, kind: ReminderKind, facts: ReminderMailFacts): OutgoingMail {
  const { subject, text } = WORDING[language][kind](facts.summary, mailDate(language, facts.forDate), facts.overdueCount);
  return { to: facts.to, subject, text: `${text}\n` };
}
