// Starts Pagefind's search UI on the search page. External file: the CSP allows no inline script.
// Pagefind picks the index that matches <html lang>.

// Pagefind stems Norwegian and English words but has no Ukrainian stemmer, and it matches a search word as
// the start of an indexed word. So a Ukrainian word loses its inflectional ending before the search:
// "норвезька" (as asked) finds "норвезької" (as written in a title). Stems keep at least four letters.
const UK_ENDINGS = ["ового", "ього", "ого", "ому", "ими", "ами", "ями", "ої", "ій", "ою", "ею", "ий", "их", "им", "ам", "ям", "ах", "ях", "ів", "ов", "а", "я", "у", "ю", "і", "и", "о", "е", "ь"];
function ukrainianStem(word) {
  const lower = word.toLowerCase();
  for (const ending of UK_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4) return lower.slice(0, -ending.length);
  }
  return lower;
}
const lang = document.documentElement.lang;
const processTerm = lang === "uk" ? (term) => term.split(/\s+/).map(ukrainianStem).join(" ") : (term) => term;

const search = new PagefindUI({ element: "[data-search]", showSubResults: true, resetStyles: false, processTerm });

// Pagefind's input has neither id nor name (browsers flag that for autofill and a11y tools); give it
// both, and let /sok/?q=… open with a search, so a search can be linked to.
const root = document.querySelector("[data-search]");

// The query lives in the address (?q=) and in the language switcher's links, so switching language
// keeps it: /en/sok/?q=reception → Українська → /uk/sok/?q=reception.
function keepQuery(query) {
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  for (const link of document.querySelectorAll(".lang-switch a[href]")) {
    const target = new URL(link.getAttribute("href"), location.href);
    if (query) target.searchParams.set("q", query);
    else target.searchParams.delete("q");
    link.setAttribute("href", target.pathname + target.search);
  }
}

const named = () => {
  const input = root && root.querySelector("input");
  if (!input) return false;
  input.id = "search-q";
  input.name = "q";
  input.addEventListener("input", () => keepQuery(input.value.trim()));
  return true;
};
if (!named() && root) {
  const observer = new MutationObserver(() => named() && observer.disconnect());
  observer.observe(root, { childList: true, subtree: true });
}
const query = new URLSearchParams(location.search).get("q");
if (query) {
  search.triggerSearch(query);
  keepQuery(query);
}
