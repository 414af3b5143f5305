// Copying text for the user. The clipboard API is missing outside secure
// contexts (the app served over plain http on a LAN) and may refuse without
// focus or permission; callers learn whether it worked and say so.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
