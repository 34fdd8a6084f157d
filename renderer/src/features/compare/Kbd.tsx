/** A keyboard shortcut as the UI shows it next to the action it triggers. */
export function Kbd({ keys }: { readonly keys: string }) {
  return <kbd className="shortcut">{keys}</kbd>;
}
