import { useT } from '../i18n';
import { gradeBadgeClass } from './grade-tone';

/** The lead's grade as a small coloured letter, read out as "Grade A". */
export function GradeBadge({ grade }: { grade: string | undefined }) {
  const t = useT();
  return (
    <span className={gradeBadgeClass(grade)}>
      <span className="sr-only">{t('grade')} </span>
      {grade ?? t('none')}
    </span>
  );
}
