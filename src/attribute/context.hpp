// attribute/context.hpp — what the attribution rules read and write: the article (its text,
// layout and quotations, and which quotations a report has taken), one sentence of it with the
// tools to walk it, the cue a rule works from, and the list of reports found so far.
//
//   article_context article(doc, layout);
//   sentence_context sentence(article, layout.sentences[0]);
//   if (auto cue = sentence.cue_at(sentence.words()[2])) { /* … */ }
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "attribute/attribution.hpp"
#include "language.hpp"
#include "text/segment.hpp"
#include "text/words.hpp"

namespace verbatim::attribute {

namespace g = verbatim::grammars;
using wc = g::word_class;
using wf = g::word_form;

/// The reports found so far in an article, in the order found: later rules read the last ones,
/// and a rule that must change an earlier report says so in it (attribution::amended_by).
class report_list {
public:
    /// Keeps a report that has content: a quote of nothing but commas or blanks has none.
    void keep(attribution&& a);
    std::vector<attribution>& items() { return items_; }
    std::vector<attribution> const& items() const { return items_; }
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    attribution& back() { return items_.back(); }
    /// Puts the reports in the order their content starts (not a stable sort: reports that start
    /// at one place keep the order std::sort gives them, as they always have).
    void sort_by_start();

private:
    std::vector<attribution> items_;
};

/// The article as every rule reads it: text, layout, the top-level quotations, and which
/// quotations a report has taken already (`used`).
class article_context {
public:
    article_context(document const& doc, text::article_layout const& layout);

    std::string_view text() const { return text_; }
    text::article_layout const& layout() const { return layout_; }
    /// The words of the window being read.
    text::word_table const& words() const { return *words_; }
    void read_window(text::word_table const& words) { words_ = &words; }
    text::quote_span const& quote(std::size_t i) const { return layout_.quotes[i]; }
    /// Quotations not inside another, in text order (they do not overlap).
    std::span<std::size_t const> top_quotes() const { return top_; }
    /// Those that open in bytes [begin, end).
    std::span<std::size_t const> top_quotes_in(std::size_t begin, std::size_t end) const;
    /// The top-level quotations that open or close inside sentence `s`.
    std::span<std::size_t const> top_in(text::sentence const& s) const;

    bool used(std::size_t qi) const { return used_[qi]; }
    void use(std::size_t qi) { used_[qi] = true; }
    /// Adds quote `qi`'s words to the report, with those of the paragraphs that continue it
    /// (from the first paragraph of a quote over several), and marks them used.
    void add_quote_parts(attribution& a, std::size_t qi);

    /// The top-level quotation whose closing mark ends at `end`, or -1.
    std::ptrdiff_t top_closing_at(std::size_t end) const;
    bool quote_closes_at(std::size_t end) const { return top_closing_at(end) >= 0; }
    /// The quotation that ends right before sentence `s` in the same paragraph, or -1.
    std::ptrdiff_t quote_ending_before(text::sentence const& s) const;
    /// Whether the quoted words end on a comma inside the marks (“…,”).
    bool ends_on_own_comma(text::quote_span const& q) const;
    /// Whether the writer signed the quotation after it in its sentence (“…,” then a cue word a
    /// few words on: “…,” Harbor Radio co-Host Lena Okafor said), whether or not a rule could
    /// read who signed it.
    bool signed_after(text::quote_span const& q) const;
    /// The name that signs the quotation after it with a verb that is no cue (“…,” Lena Okafor
    /// shot back; “…?” Okafor went on), if any.
    std::optional<g::speaker_phrase> name_signing(text::quote_span const& q) const;
    /// Where the words after a quotation that closes on a comma, "?" or "!" may sign it: to the
    /// end of its sentence or the next quotation; nothing when it closes otherwise.
    std::optional<text_span> signature_region(text::quote_span const& q) const;
    /// The name and past verb that open a signature region (name_signing, once the region is read).
    std::optional<g::speaker_phrase> signer_in(text_span region) const;
    /// Whether a sentence starts exactly at `pos`.
    bool sentence_starts_at(std::size_t pos) const;

    /// A comma between digits, inside a number ("2,315 riders").
    bool thousands_comma(std::size_t p) const;
    /// Whether the comma at `p` separates words: not one inside a number ("2,400").
    bool separating_comma(std::size_t p) const;
    /// Whether an em dash, or the typewriter's " --", stands at `p`.
    bool dash_at(std::size_t p) const;
    /// The word with its first letter in lower case ("In" -> "in", "While" -> "while").
    std::string lowered_first(text_span w) const;
    /// Whether the article writes `w` (lower-case letters and hyphens) as a word of its own.
    bool writes_in_lower_case(std::string_view w) const;
    /// Every word capitalised but the small ones, no stop inside, at most eight words: a title
    /// or a name ("A Long Way Home", "Shark Tank").
    bool looks_like_title(text_span span) const;

    /// A sentence that is only a speaker and a cue ("Anna Berg agreed."): its speaker, kept for
    /// a quotation that opens the next sentence of its paragraph (rules::quote_after_sentence).
    struct speaker_alone {
        std::size_t sentence_end = 0, paragraph = 0;
        g::speaker_phrase phrase;
        g::cue_match cue;
        std::string_view rule; ///< the speaker rule that found it
    };
    void note_speaker_alone(speaker_alone s) { alone_.push_back(std::move(s)); }
    /// The speaker of such a sentence that ends right before `pos` in `paragraph`, if any.
    speaker_alone const* speaker_alone_before(std::size_t pos, std::size_t paragraph) const;

    /// Whether the phrase's head is a document, poll or study ("a new poll", "FEC records").
    bool document_head(g::speaker_phrase const& sp) const;
    /// A name with its titles, or a body's name with its link words ("the Office of Budget
    /// Review"): capitalised words and links, a determiner only first, ending in a name.
    bool proper_name(g::speaker_phrase const& sp) const;
    static bool all_names(g::speaker_phrase const& sp);
    std::string_view text_of(g::speaker_phrase const& sp) const { return text_.substr(sp.begin, sp.end - sp.begin); }

private:
    std::string_view text_;
    text::article_layout const& layout_;
    text::word_table const* words_ = nullptr;
    std::vector<std::size_t> top_;
    std::vector<std::ptrdiff_t> next_part_;
    std::vector<bool> used_;
    std::vector<speaker_alone> alone_; ///< in text order
    mutable std::optional<std::unordered_set<std::string_view>> lower_case_runs_; ///< see writes_in_lower_case
    mutable std::size_t lower_case_searched_ = 0; ///< bytes read by its searches so far
};

/// One sentence as a rule reads it: its bounds, its quotations and its words (outside
/// quotations), and the walks over its text that rules share. `bound()` is the text up to the
/// sentence's end: the grammars read no further.
class sentence_context {
public:
    sentence_context(article_context& article, text::sentence const& s);

    article_context& article() const { return article_; }
    text::sentence const& sentence() const { return s_; }
    std::string_view text() const { return text_; }
    std::string_view bound() const { return bound_; }
    std::size_t begin() const { return s_.begin; }
    std::size_t end() const { return s_.end; }
    std::size_t paragraph() const { return s_.paragraph; }

    /// Starts of the words of the sentence, outside quotations (from the word table).
    std::vector<std::size_t> const& words() const;
    /// The cue that words()[wi] is, if any (as cue_at, from the word table's facts).
    std::optional<g::cue_match> cue_of(std::size_t wi) const;

    /// The top-level quotation (index into the layout's quotes) that holds byte `pos`, or -1.
    std::ptrdiff_t quote_at(std::size_t pos) const;
    /// The first top-level quotation that ends after byte `pos`, or -1.
    std::ptrdiff_t next_quote(std::size_t pos) const;
    /// The quotation that opens at `pos` (after blanks), or -1.
    std::ptrdiff_t quote_opening_at(std::size_t pos) const;
    /// The quotation that closes right before `pos` (blanks and a comma allowed between), or -1.
    std::ptrdiff_t quote_closing_before(std::size_t pos) const;
    /// Whether a quotation closes right before `pos` on a comma of its own ("… “won the
    /// argument,” claiming …").
    bool comma_closes_quote_before(std::size_t pos) const;
    /// Where a quotation opens at `pos`, after "but" or "and" and adverbs ("and also “…”"), or -1.
    std::ptrdiff_t quote_after_conjunction(std::size_t pos) const;

    /// Position of the last non-blank byte before `pos` (+1), staying in the sentence.
    std::size_t back_over_blank(std::size_t pos) const;
    std::size_t over_blank(std::size_t pos) const;
    /// The word starting at pos (letters, digits, hyphens, apostrophes); none past the sentence.
    std::string_view word_at(std::size_t pos) const;
    /// The run of letters that ends right before `pos`, blanks between allowed (empty when none).
    text_span letters_before(std::size_t pos) const;
    /// End of the reported clause: the sentence end without closing punctuation.
    std::size_t clause_end() const;

    /// The cue (a speech, belief or `according to` word) starting at `pos`, if any.
    std::optional<g::cue_match> cue_at(std::size_t pos) const;
    /// The longest speaker noun phrase at `pos`.
    std::optional<g::speaker_phrase> speaker_at(std::size_t pos) const { return g::match_speaker(bound_, pos); }
    std::optional<g::speaker_phrase> speaker_ending_at(std::size_t pos, std::size_t end) const {
        return g::match_speaker_ending_at(bound_, pos, end);
    }
    /// Bytes of a time phrase at `pos` ("on Monday", "last week"), or 0.
    std::size_t time_phrase_at(std::size_t pos) const { return g::skip_time_phrase(bound_, pos); }

private:
    article_context& article_;
    text::sentence const& s_;
    std::string_view text_, bound_;
    std::span<std::size_t const> top_;
    std::size_t index_ = 0; ///< of the sentence in the layout
    mutable std::optional<std::vector<std::size_t>> words_; ///< the starts of the table's words of this sentence
    std::optional<g::cue_match> cue_of_word(text::word const& w) const;
};

/// Where the speaker of a cue stands: before it (the subject), after it (“…,” said X), or as
/// the subject of the sentence a participle cue hangs on (", saying …").
enum class speaker_place { subject, inverted, participle };

/// A speaker a speaker rule found, where it stands, and the rule's name.
struct found_speaker {
    found_speaker(g::speaker_phrase p, speaker_place where = speaker_place::subject) : phrase(std::move(p)), place(where) {}
    g::speaker_phrase phrase;
    speaker_place place = speaker_place::subject;
    std::string_view rule; ///< set by find_speaker
};

/// A cue in a sentence, as the rules after it read it: its place among the sentence's words,
/// and, once found, its speaker and where the speaker's phrase (and a hearer after "told") ends.
struct cue_site {
    cue_site(sentence_context& s, std::size_t w, g::cue_match const& c) : sentence(s), word(w), cue(c) {}
    sentence_context& sentence;
    std::size_t word = 0; ///< index into sentence.words()
    g::cue_match cue;
    std::optional<found_speaker> speaker;
    std::size_t subject_begin = 0; ///< where the subject and cue begin (the speaker, or the cue when inverted)
    std::size_t after = 0;         ///< where what follows the cue and speaker (and hearer) begins
    /// Where the words after the cue begin, as the cue rules after it read them (rules/after_cue.cpp
    /// fills them in as the rules ask, each once).
    struct what_follows {
        int known = 0;              ///< how many of the steps below are filled in
        std::size_t quote = 0;      ///< 1: where a quotation the cue introduces would open
        bool introduced = false;    ///<    a colon or comma introduces it ("said: “…”")
        std::size_t object = 0;     ///< 2: past a time phrase: where an object or clause begins
        std::size_t clause = 0;     ///< 3: past where it was said ("in a statement (on Monday) (,) that")
        std::size_t that = 0;       ///< 4: where the reported clause begins (after "that", a short object)
        bool has_that = false;      ///<    "that", or a question word, opens it
    } follows;
    /// What stands before the subject, as the cue rules before it read it (rules/after_cue.cpp).
    struct what_precedes {
        bool known = false;
        bool reported = false;    ///< it may be what the cue reports ("…, X said", the clause done after the cue)
        std::ptrdiff_t quote = -1; ///< the quotation that closes right before the subject and opens the clause, or -1
    } precedes;
};

/// The text span with blanks trimmed off both ends.
text_span trim(std::string_view t, text_span s);
bool is_space(char c);
/// "his", "her", "their", … (a word with its first letter in lower case)
bool possessive_pronoun(std::string_view w);
bool is_question_word(std::string_view w);

} // namespace verbatim::attribute
