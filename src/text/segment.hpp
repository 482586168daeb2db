// text/segment.hpp — paragraphs, quotation spans and sentences of an article, as byte spans.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim::text {

/// A pair of quotation marks (or an opening mark left open until its paragraph ends).
struct quote_span {
    std::size_t open = 0;        ///< byte offset of the opening mark
    std::size_t inner_begin = 0; ///< first byte after the opening mark
    std::size_t inner_end = 0;   ///< the closing mark, or the paragraph end when left open
    std::size_t close_end = 0;   ///< first byte after the closing mark (== inner_end when open)
    std::size_t paragraph = 0;
    std::size_t depth = 0;       ///< 0 for a quote not inside another
    bool closed = false;
    std::ptrdiff_t continues = -1; ///< index of the quote this one continues (multi-paragraph quote)
};

struct sentence {
    std::size_t begin = 0, end = 0; ///< without the trailing blank
    std::size_t paragraph = 0;
};

/// The structure of one article that later stages read instead of re-scanning the text.
struct article_layout {
    std::vector<text_span> paragraphs;
    std::vector<quote_span> quotes;    ///< in text order of their opening marks
    std::vector<sentence> sentences;   ///< never split inside a quotation
    /// The first paragraph is the article's headline: one sentence of at most 20 words, with
    /// more paragraphs after it. (Its attribution reads "Berg: …" / "Berg Says …"; capitals in a
    /// headline in title case name no one.)
    bool headline = false;
};

/// Words (runs of bytes other than blanks and line breaks) in `span`; counting stops at `limit`
/// (callers that compare the count with a small number need not read a long clause to its end).
std::size_t count_words(std::string_view text, text_span span, std::size_t limit = static_cast<std::size_t>(-1));

/// Whether the headline is in title case: three words or more, at most 300 bytes, every word of
/// four letters or more capitalised ("Post Hit Piece Exploits Trump").
bool headline_in_title_case(std::string_view text, article_layout const& layout);

/// Paragraphs of `text` from `from` on: one per line, or, in hard-wrapped text, one per
/// block between blank lines. Spans exclude line breaks and surrounding blanks.
std::vector<text_span> split_paragraphs(std::string_view text, std::size_t from);

/// Pairs quotation marks within each paragraph. Apostrophes (Kyiv’s, don’t, ’90s) are not
/// marks. An unclosed quote ends with its paragraph; one that the next paragraph reopens is
/// linked to it (news convention for quotes over several paragraphs).
std::vector<quote_span> find_quote_spans(std::string_view text, std::span<text_span const> paragraphs,
                                         std::vector<diagnostic>* notes = nullptr, std::string_view origin = {},
                                         std::size_t first_line = 1, bool lines_in_file = true);

/// Sentences of each paragraph; a sentence break never falls inside a quotation.
std::vector<sentence> split_sentences(std::string_view text, std::span<text_span const> paragraphs,
                                      std::span<quote_span const> quotes);

article_layout lay_out(document const& doc, std::vector<diagnostic>* notes = nullptr);

/// 1-based line of byte `pos` (counting from `first_line` at byte 0).
std::size_t line_of(std::string_view text, std::size_t pos, std::size_t first_line = 1);

} // namespace verbatim::text
