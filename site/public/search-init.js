// Starts Pagefind's search UI on the search page. External file: the CSP allows no inline script.
// Pagefind picks the index that matches <html lang>.
new PagefindUI({ element: "[data-search]", showSubResults: true, resetStyles: false });
