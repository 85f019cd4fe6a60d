/**
 * A labelled control. The label points at the control by id rather than wrapping it, so a
 * select's name is its label alone ("Stage"), not the label plus the chosen option.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** Shown instead of the hint, and announced. */
  error?: string | undefined;
  class?: string;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

export function Field({ label, hint, error, class: extra, children }: FieldProps) {
  const id = useId();
  const note = error ?? hint;
  return (
    <div class={extra ? `rc-field ${extra}` : 'rc-field'}>
      <label for={id}>{label}</label>
      {children(id, note ? `${id}-note` : undefined)}
      {error ? (
        <small id={`${id}-note`} class="rc-field-error" role="alert">
          {error}
        </small>
      ) : (
        hint && (
          <small id={`${id}-note`} class="rc-hint">
            {hint}
          </small>
        )
      )}
    </div>
  );
}
