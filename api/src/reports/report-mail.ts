import type { OutgoingMail } from '../mail/mail.service.js';
import type { Language } from '../users/user.entity.js';

export type ReportNotice = 'report_submitted' | 'report_returned' | 'report_approved';

export interface ReportMailFacts {
  to: string;
  actorName: string;
  /** "WFD-03 Train peer workers — 2027-Q1" */
  reportLabel: string;
  /** The reviewer's note, if any. */
  comment: string | null;
}

type Wording = (actor: string, label: string) => { subject: string; text: string };

const WORDING: Record<Language, Record<ReportNotice, Wording>> = {
  en: {
    report_submitted: (a, l) => ({ subject: `Report to review: ${l}`, text: `${a} submitted the progress report “${l}” for review.` }),
    report_returned: (a, l) => ({ subject: `Report returned: ${l}`, text: `${a} returned the progress report “${l}” for changes.` }),
    report_approved: (a, l) => ({ subject: `Report approved: ${l}`, text: `${a} approved the progress report “${l}”.` }),
  },
  fr: {
    report_submitted: (a, l) => ({ subject: `Rapport à examiner : ${l}`, text: `${a} a soumis le rapport d’avancement « ${l} » pour examen.` }),
    report_returned: (a, l) => ({ subject: `Rapport renvoyé : ${l}`, text: `${a} a renvoyé le rapport d’avancement « ${l} » pour modifications.` }),
    report_approved: (a, l) => ({ subject: `Rapport approuvé : ${l}`, text: `${a} a approuvé le rapport d’avancement « ${l} ».` }),
  },
  es: {
    report_submitted: (a, l) => ({ subject: `Informe para revisar: ${l}`, text: `${a} envió el informe de avance «${l}» para su revisión.` }),
    report_returned: (a, l) => ({ subject: `Informe devuelto: ${l}`, text: `${a} devolvió el informe de avance «${l}» para que se corrija.` }),
    report_approved: (a, l) => ({ subject: `Informe aprobado: ${l}`, text: `${a} aprobó el informe de avance «${l}».` }),
  },
  ru: {
    report_submitted: (a, l) => ({ subject: `Отчёт на проверку: ${l}`, text: `${a} отправил(а) отчёт о ходе работ «${l}» на проверку.` }),
    report_returned: (a, l) => ({ subject: `Отчёт возвращён: ${l}`, text: `${a} вернул(а) отчёт о ходе работ «${l}» на доработку.` }),
    report_approved: (a, l) => ({ subject: `Отчёт утверждён: ${l}`, text: `${a} утвердил(а) отчёт о ходе работ «${l}».` }),
  },
  zh: {
    report_submitted: (a, l) => ({ subject: `待审核报告：${l}`, text: `${a} 提交了进展报告“${l}”，等待审核。` }),
    report_returned: (a, l) => ({ subject: `报告已退回：${l}`, text: `${a} 退回了进展报告“${l}”，请修改。` }),
    report_approved: (a, l) => ({ subject: `报告已批准：${l}`, text: `${a} 批准了进展报告“${l}”。` }),
  },
  ar: {
    report_submitted: (a, l) => ({ subject: `تقرير للمراجعة: ${l}`, text: `قدّم ${a} تقرير التقدم «${l}» للمراجعة.` }),
    report_returned: (a, l) => ({ subject: `أُعيد التقرير: ${l}`, text: `أعاد ${a} تقرير التقدم «${l}» لإجراء تعديلات.` }),
    report_approved: (a, l) => ({ subject: `اعتُمد التقرير: ${l}`, text: `اعتمد ${a} تقرير التقدم «${l}».` }),
  },
};

/** The email telling a member about a report's review, in the member's own language. */
export function reportMail(language: Language, notice: ReportNotice, facts: ReportMailFacts): OutgoingMail {
  const { subject, text } = WORDING[language][notice](facts.actorName, facts.reportLabel);
  return { to: facts.to, subject, text: `${text}${facts.comment ? `\n\n${facts.comment}` : ''}\n` };
}
