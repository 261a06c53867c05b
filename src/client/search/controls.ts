/**
 * The search page's filter controls (rendered by src/pages/search/index.astro with their counts):
 * reading the values the site has, showing a state, and reading a state back.
 */
import type { KnownValue } from './metadata.ts';
import { byId, element } from './render.ts';
import { hasFilters, type KnownValues, type SearchState } from './state.ts';

/** Screens where the filters start closed (find.css's narrow layout). */
const NARROW = '(max-width: 40rem)';

/** `Madrid (22)` → `Madrid`. */
const COUNT_SUFFIX = /\s*\((?<count>\d+)\)$/;

/** A select's or datalist's values: option value → name (the label without its count) and count. */
function optionValues(options: Iterable<HTMLOptionElement>, nameOf: (option: HTMLOptionElement, label: string) => string): Map<string, KnownValue> {
  const values = new Map<string, KnownValue>();
  for (const option of options) {
    if (!option.value) continue;
    const label = option.textContent ?? '';
    const count = Number(COUNT_SUFFIX.exec(label)?.groups?.['count'] ?? 0);
    values.set(option.value, { slug: option.value, name: nameOf(option, label.replace(COUNT_SUFFIX, '').trim()), count });
  }
  return values;
}

export class Controls {
  readonly form = byId<HTMLFormElement>('search-filters');
  /** The filters' disclosure: open on wide screens; on a phone, only when a filter is set, so the results come first. */
  readonly panel = byId<HTMLDetailsElement>('search-filters-panel');
  readonly yearFrom = byId<HTMLSelectElement>('filter-year-from');
  readonly yearTo = byId<HTMLSelectElement>('filter-year-to');
  readonly origin = byId<HTMLSelectElement>('filter-origin');
  readonly classification = byId<HTMLSelectElement>('filter-classification');
  readonly tagInput = byId<HTMLInputElement>('filter-tag');
  readonly tagAdd = byId<HTMLButtonElement>('filter-tag-add');
  readonly chosenTags = byId<HTMLUListElement>('filter-tags');
  readonly sort = byId<HTMLInputElement>('filter-sort');
  readonly clear = byId<HTMLButtonElement>('filter-clear');

  readonly origins = optionValues(this.origin.options, (_option, label) => label);
  readonly classifications = optionValues(this.classification.options, (_option, label) => label);
  readonly tags = optionValues(byId<HTMLDataListElement>('filter-tag-list').options, (option) => option.value);
  readonly years = [...this.yearFrom.options].map((option) => option.value).filter(Boolean);
  /** Tags with a Pagefind filter of their own (the build marks them: `data-own-filter`). */
  readonly ownFilters = new Set([...byId<HTMLDataListElement>('filter-tag-list').options].filter((option) => option.hasAttribute('data-own-filter')).map((option) => option.value));
  private tagList: string[] = [];

  /** The values the site has, for reading a URL. */
  known(): KnownValues {
    return {
      years: this.years,
      origins: new Set(this.origins.keys()),
      classifications: new Set(this.classifications.keys()),
      tags: new Set(this.tags.keys()),
    };
  }

  /** Shows a state in the controls. */
  show(state: SearchState): void {
    this.yearFrom.value = state.year ? String(Math.max(state.year.from, Number(this.years[0]))) : '';
    this.yearTo.value = state.year ? String(Math.min(state.year.to, Number(this.years.at(-1)))) : '';
    this.origin.value = state.origin ?? '';
    this.classification.value = state.classification ?? '';
    this.sort.checked = state.sort === 'date';
    this.tagList = [...state.tags];
    this.showTags();
  }

  /** On load: the filters open on a wide screen, or when the URL sets one. */
  openPanelFor(state: SearchState): void {
    this.panel.open = hasFilters(state) || !matchMedia(NARROW).matches;
  }

  /** The filters the controls show, over a query. */
  read(q: string): SearchState {
    const from = this.yearFrom.value ? Number(this.yearFrom.value) : null;
    const to = this.yearTo.value ? Number(this.yearTo.value) : null;
    const first = Number(this.years[0]);
    const last = Number(this.years.at(-1));
    const year = from === null && to === null ? null : { from: Math.min(from ?? first, to ?? last), to: Math.max(from ?? first, to ?? last) };
    return {
      q,
      year,
      origin: this.origin.value || null,
      classification: this.classification.value || null,
      tags: [...this.tagList],
      sort: this.sort.checked ? 'date' : null,
    };
  }

  /** Adds the typed tag when the site has it; returns a message when it does not. */
  addTypedTag(): string | null {
    const code = this.tagInput.value.trim().toUpperCase();
    if (!code) return null;
    if (!this.tags.has(code)) return `No cable is tagged “${this.tagInput.value.trim()}”.`;
    if (!this.tagList.includes(code)) this.tagList.push(code);
    this.tagInput.value = '';
    this.showTags();
    return null;
  }

  /** Calls `changed` whenever a filter changes (a chip removed, a select changed, a tag added). */
  onChange(changed: (message: string | null) => void): void {
    for (const control of [this.yearFrom, this.yearTo, this.origin, this.classification, this.sort]) {
      control.addEventListener('change', () => changed(null));
    }
    this.tagAdd.addEventListener('click', () => changed(this.addTypedTag()));
    this.tagInput.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      changed(this.addTypedTag());
    });
    this.chosenTags.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-tag]');
      if (!button) return;
      this.tagList = this.tagList.filter((tag) => tag !== button.dataset['tag']);
      this.showTags();
      this.tagInput.focus();
      changed(null);
    });
    this.clear.addEventListener('click', () => {
      this.show({ q: '', year: null, origin: null, classification: null, tags: [], sort: null });
      changed(null);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      changed(this.addTypedTag());
    });
  }

  private showTags(): void {
    this.chosenTags.replaceChildren(
      ...this.tagList.map((tag) => {
        const item = element('li');
        const button = element('button', '', `${tag} ×`);
        button.type = 'button';
        button.dataset['tag'] = tag;
        button.setAttribute('aria-label', `Remove tag ${tag}`);
        item.append(button);
        return item;
      }),
    );
  }
}
