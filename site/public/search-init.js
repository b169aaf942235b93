// Starts Pagefind's search UI on the search page. External file: the CSP allows no inline script.
// Pagefind picks the index that matches <html lang>.
const search = new PagefindUI({ element: "[data-search]", showSubResults: true, resetStyles: false });

// Pagefind's input has neither id nor name (browsers flag that for autofill and a11y tools); give it
// both, and let /sok/?q=… open with a search, so a search can be linked to.
const root = document.querySelector("[data-search]");
const named = () => {
  const input = root && root.querySelector("input");
  if (!input) return false;
  input.id = "search-q";
  input.name = "q";
  return true;
};
if (!named() && root) {
  const observer = new MutationObserver(() => named() && observer.disconnect());
  observer.observe(root, { childList: true, subtree: true });
}
const query = new URLSearchParams(location.search).get("q");
if (query) search.triggerSearch(query);
