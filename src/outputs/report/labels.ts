/** Arabic names and colours for the codes the dossier uses (PLOVER event types, entity types, statuses). */

/** PLOVER event types: an Arabic label and a colour, grouped by hue (cooperation greens/blues, conflict reds). */
export const PLOVER: Record<string, { label: string; color: string }> = {
  AGREE: { label: 'اتفاق', color: '#1b7f5b' },
  CONSULT: { label: 'تشاور', color: '#2a7fb8' },
  SUPPORT: { label: 'تأييد', color: '#49a36b' },
  CONCEDE: { label: 'تنازل', color: '#7fb24a' },
  COOPERATE: { label: 'تعاون', color: '#1f9aa5' },
  AID: { label: 'مساعدة', color: '#5b8fd6' },
  RETREAT: { label: 'انسحاب', color: '#8c7ac9' },
  REQUEST: { label: 'طلب', color: '#b08a1e' },
  DEMAND: { label: 'مطالبة', color: '#c9731c' },
  ACCUSE: { label: 'اتهام', color: '#d4572a' },
  REJECT: { label: 'رفض', color: '#a8456b' },
  THREATEN: { label: 'تهديد', color: '#c0392b' },
  PROTEST: { label: 'احتجاج', color: '#d1813a' },
  MOBILIZE: { label: 'حشد', color: '#8e5a2b' },
  SANCTION: { label: 'عقوبات', color: '#6d4c8f' },
  COERCE: { label: 'إكراه', color: '#94321f' },
  ASSAULT: { label: 'اعتداء', color: '#7a1420' },
};

const FALLBACK_COLOR = '#6b7280';

export function ploverLabel(type: string): string {
  return PLOVER[type]?.label ?? type;
}

export function ploverColor(type: string): string {
  return PLOVER[type]?.color ?? FALLBACK_COLOR;
}

/** A class name for a type code, safe in CSS whatever the dossier holds. */
export function typeClass(type: string): string {
  return PLOVER[type] ? `t-${type}` : 't-other';
}

export const ENTITY_TYPES: Record<string, string> = { PERSON: 'شخص', ORG: 'هيئة', LOC: 'مكان', MISC: 'أخرى' };

export const COMMITMENT_STATUS: Record<string, string> = {
  announced: 'معلن',
  fulfilled: 'منفَّذ',
  broken: 'منقوض',
  unknown: 'غير معروف',
};
