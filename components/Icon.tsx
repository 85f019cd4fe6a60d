/** Small inline icons, so nothing depends on which emoji fonts the machine has. */
const PATHS = {
  edit: 'M4 20h4L19 9l-4-4L4 16v4zm11-15 4 4',
  erase: 'M5 7h14M10 7V4h4v3m-7 0 1 13h8l1-13',
  close: 'M6 6l12 12M18 6 6 18',
  copy: 'M9 9h10v11H9zM5 15V4h10',
  check: 'M5 12l5 5L20 7',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
