// claims/figures.hpp — the figures of an article read with the layout its extraction made
// (the pipeline's workers: the layout is not made twice). The public entry is figures_of in
// verbatim/claims.hpp.
#pragma once

#include <vector>

#include "text/segment.hpp"
#include "verbatim/claims.hpp"

namespace verbatim {

std::vector<claim> figures_of(document const& doc, text::article_layout const& layout, std::vector<quotation> const& quotes);

} // namespace verbatim
