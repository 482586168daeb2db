// attribute/attribution.hpp — ties quotations and reported clauses to a speaker mention and a
// cue, by the patterns of news English (grammars/ say which words are cues and speakers).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "language.hpp"
#include "text/segment.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim::attribute {

/// A quotation before its speaker is resolved: the speaker is the phrase as written.
struct attribution {
    quote_kind kind = quote_kind::direct;
    std::vector<text_span> spans;
    std::vector<text_span> quoted;
    std::optional<grammars::cue_match> cue;
    std::optional<grammars::speaker_phrase> speaker;
    /// The speaker was not written with this quotation but carried over from the quotation
    /// before it (a quote paragraph continuing the last speaker's words).
    bool speaker_carried = false;
    std::size_t paragraph = 0;
    std::string_view rule;         ///< the rule that made the report (rules.hpp; a static name)
    std::string_view speaker_rule; ///< the rule that found its speaker (`rule` when that rule found it too), if any
    /// The later rules that changed the report (cut its words, gave it another speaker, added a
    /// quote that goes on), in order.
    std::vector<std::string_view> amended_by;
};

class article_context;

/// The attributions of one window of the article (text::windows_of), in text order. The
/// article's context carries over from window to window (which quotations are taken).
std::vector<attribution> attribute(article_context& article, text::text_window const& window);

/// Every attribution in the article, in text order (the article read as one window).
std::vector<attribution> attribute(document const& doc, text::article_layout const& layout);

} // namespace verbatim::attribute
