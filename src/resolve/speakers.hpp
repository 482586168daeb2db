// resolve/speakers.hpp — turns each speaker phrase into who it is within the article:
// `he` after a sentence about Trump is Donald Trump, `Zelensky` is the Volodymyr Zelensky
// named earlier, `the Kremlin` is an organisation and `Kyiv` a place.
#pragma once

#include <memory>
#include <vector>

#include "attribute/attribution.hpp"
#include "text/segment.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim::resolve {

class speaker_resolver;

/// Resolves the speakers of one article's attributions, window after window (text order):
/// what the article showed before (names, speakers, genders) carries over to the next window.
class article_speakers {
public:
    article_speakers(document const& doc, text::article_layout const& layout);
    ~article_speakers();
    article_speakers(article_speakers const&) = delete;
    article_speakers& operator=(article_speakers const&) = delete;

    /// The quotations of one window's attributions.
    std::vector<quotation> resolve(std::vector<attribute::attribution> attributions);

private:
    document const& doc_;
    text::article_layout const& layout_;
    std::unique_ptr<speaker_resolver> resolver_; // made when the first speaker is to be resolved
};

/// The quotations of all of an article's attributions (one window).
std::vector<quotation> resolve_speakers(document const& doc, text::article_layout const& layout,
                                        std::vector<attribute::attribution> attributions);

} // namespace verbatim::resolve
