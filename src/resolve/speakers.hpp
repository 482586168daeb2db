// resolve/speakers.hpp — turns each speaker phrase into who it is within the article:
// `he` after a sentence about Trump is Donald Trump, `Zelensky` is the Volodymyr Zelensky
// named earlier, `the Kremlin` is an organisation and `Kyiv` a place.
#pragma once

#include <vector>

#include "attribute/attribution.hpp"
#include "text/segment.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim::resolve {

std::vector<quotation> resolve_speakers(document const& doc, text::article_layout const& layout,
                                        std::vector<attribute::attribution> attributions);

} // namespace verbatim::resolve
