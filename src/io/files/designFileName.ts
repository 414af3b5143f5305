// The file name a design is saved under: its name, in lower case, with
// accents dropped and anything else that is not a letter or digit as "-".

const MAX_STEM = 60;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM)
    .replace(/^-+|-+$/g, '');
}

export function designFileName(name: string | undefined): string {
  return `${slugify(name ?? '') || 'design'}.json`;
}
