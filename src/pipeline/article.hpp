// pipeline/article.hpp — one article's findings for the corpus pipeline (corpus.cpp): its
// quotations and, when asked, its figures, read with one layout.
#pragma once

#include <vector>

#include "verbatim/claims.hpp"
#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

/// The quotations of one document (as extract_quotations) and, when `figures` is given, its
/// figures (figures_of) into it.
std::vector<quotation> extract_findings(document const& doc, std::vector<diagnostic>* notes, std::vector<claim>* figures);

} // namespace verbatim
