/**
 * Issue 9, ids in any case: a cable's reference id typed in lower case (`/cables/10maputo86/`)
 * leads to its page (`/cables/10MAPUTO86/`) through a small static redirect page.
 */

/** What a redirect page says about its cable. */
export interface AliasedCable {
  id: string;
  subject: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
}

/**
 * The lower-case alias of every cable whose id has capitals. An alias that is another cable's
 * id, or that two ids share (`10X1` and `10x1`), gets no page: it would have to choose.
 */
export function caseAliases<T extends AliasedCable>(cables: readonly T[]): { alias: string; cable: T }[] {
  const ids = new Set(cables.map((cable) => cable.id));
  const byAlias = new Map<string, T[]>();
  for (const cable of cables) {
    const alias = cable.id.toLowerCase();
    if (alias === cable.id || ids.has(alias)) continue;
    byAlias.set(alias, [...(byAlias.get(alias) ?? []), cable]);
  }
  return [...byAlias].flatMap(([alias, claimed]) => (claimed.length === 1 && claimed[0] ? [{ alias, cable: claimed[0] }] : []));
}

/** Cables whose ids differ only by case: `/cables/<alias>/` can lead to one of them at most. */
export interface CaseCollision {
  alias: string;
  /** In the order given (path order in `linkSite`). */
  cables: { id: string; path: string }[];
}

/** Every lower-case form two or more ids share (`10MAPUTO80` and `10maputo80`), with their files. */
export function caseCollisions(cables: readonly { id: string; path: string }[]): CaseCollision[] {
  const byAlias = new Map<string, { id: string; path: string }[]>();
  for (const cable of cables) byAlias.set(cable.id.toLowerCase(), [...(byAlias.get(cable.id.toLowerCase()) ?? []), cable]);
  return [...byAlias].filter(([, claimed]) => claimed.length > 1).map(([alias, claimed]) => ({ alias, cables: claimed }));
}

/**
 * The build's warning for a collision, naming every file (`shown` gives a file as the summary
 * prints it), and what the lower-case URL is: the page of the cable whose id it is, or nothing
 * (`caseAliases` makes no redirect that would have to choose).
 */
export function caseCollisionMessage({ alias, cables }: CaseCollision, shown: (path: string) => string): string {
  const owner = cables.find((cable) => cable.id === alias);
  const others = cables.filter((cable) => cable !== owner).map((cable) => cable.id);
  const url = `/cables/${alias}/`;
  return (
    `ids that differ only by case: ${cables.map((cable) => `${cable.id} (${shown(cable.path)})`).join(', ')}; ` +
    (owner ? `${url} is ${owner.id}'s page, no redirect to ${others.join(', ')}` : `${url} leads to none of them (no redirect)`)
  );
}

/** The five characters HTML text and attribute values must escape. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The redirect page of one alias: a meta refresh and a canonical link to the cable, a visible
 * link for browsers that do not follow a refresh, and the cable's facts as data attributes of
 * that link (read by the search page: ~0.6 KB instead of the cable's JSON). `policy` is the
 * page's Content-Security-Policy (the site's, src/layouts/csp.ts: it has no script).
 */
export function redirectPage(cable: AliasedCable, policy: string): string {
  const url = `/cables/${encodeURIComponent(cable.id)}/`;
  const title = cable.subject ?? cable.id;
  const data = (name: string, value: string | null) => (value === null ? '' : ` data-${name}="${escapeHtml(value)}"`);
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">` +
    `<title>${escapeHtml(title)} · Cable Reader</title>` +
    `<meta http-equiv="refresh" content="0;url=${url}"><link rel="canonical" href="${url}"><meta name="robots" content="noindex">` +
    '</head><body><main><p>This cable is at ' +
    `<a id="cable" href="${url}" data-id="${escapeHtml(cable.id)}"${data('subject', cable.subject)}${data('date', cable.date)}` +
    `${data('origin', cable.origin)}${data('classification', cable.classification)}>${escapeHtml(url)}</a>.</p></main></body></html>\n`
  );
}
