/** A coverage score as a small coloured number, with the same tones as the popup's dial. */
import { useText } from '../i18n';

export function scoreTone(score: number): 'good' | 'fair' | 'poor' {
  return score >= 70 ? 'good' : score >= 40 ? 'fair' : 'poor';
}

export function ScorePill({ score }: { score: number }) {
  const t = useText();
  return (
    <span
      class={`rc-score-pill rc-score-pill--${scoreTone(score)}`}
      title={t('coverage.scoreOf', { score })}
    >
      {score}
    </span>
  );
}
