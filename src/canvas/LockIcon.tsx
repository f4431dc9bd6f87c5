// The SSL lock, drawn by the app in SVG: the 🔒 emoji shows as an empty box on machines without an emoji font.

export function LockIcon({ size = 12 }: { size?: number }) {
  return (
    <svg className="lock-icon" width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M3.5 5.5V4a2.5 2.5 0 0 1 5 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="2" y="5.5" width="8" height="5.5" rx="1.2" fill="currentColor" />
    </svg>
  );
}
