/** A language's name for itself (“日本語”, “Français”, “العربية”), capitalised the way a list of languages shows it. */
export function languageAutonym(lang: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
  } catch {
    name = undefined;
  }
  if (!name) return lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
