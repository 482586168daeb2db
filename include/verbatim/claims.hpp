// verbatim/claims.hpp — a reported statement in a normalised form, and how two of them relate.
//
//   auto a = verbatim::analyse_claim("a draft deal was nearly, nearly ready");
//   auto b = verbatim::analyse_claim("the deal is done");
//   auto j = verbatim::compare_claims(a, b);   // j.rel == relation::certainty_change
//   fmt::print("{}: {}\n", verbatim::to_string(j.rel), fmt::join(j.reasons, "; "));
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "verbatim/document.hpp"
#include "verbatim/quotation.hpp"
#include "verbatim/words.hpp"

namespace verbatim {

/// A number in a claim, with what it counts: `20 percent`, `$1.5 billion`, `two days`.
struct quantity {
    double value = 0;
    std::optional<double> high;   ///< upper end of a range (`20 to 25 percent`)
    word_view unit;               ///< base form of the word it counts (`percent`, `day`), `$`/`€`/`£` for money, may be empty
    std::string text;             ///< as written
    bool approximate = false;     ///< `around`, `about`, `nearly`, `more than`
    bool is_year = false;         ///< a bare four-digit year (1900-2099)
    bool scale = false;           ///< the unit is named before the number: a scale or measure ("Category 5", "magnitude 6.1")
    bool hedged = false;          ///< a hedge in its clause: a guess or a prediction ("could reach 4.5 magnitude")
    bool typed = false;           ///< the words around it say what it counts, not a noun after it ("killed twelve", "190 were dead": deaths)
    std::vector<word_view> context; ///< base forms of the content words around it in its clause
};

/// Whether two quantities state the same amount (ranges overlap; 10% apart when either is
/// approximate: "about 300" and "310").
bool same_amount(quantity const& a, quantity const& b);

/// The word lists of a claim form while it is being built (see claim_form::set_lists).
struct claim_lists {
    std::vector<word_view> terms, words, opposable, names, predicates, finite, negated, hedges, boosters, times;
};

/// The normalised form of one statement. Its words are interned (word_view), and its ten word
/// lists share one block (a corpus holds a million of these: ten vectors each would cost more
/// than the words).
struct claim_form {
    std::string text;                   ///< the content as reported

    /// Base forms of its content words, in text order, each once.
    std::span<word_view const> terms() const noexcept { return list(0); }
    /// The first written form of each term (lower case), parallel to `terms()`.
    std::span<word_view const> words() const noexcept { return list(1); }
    /// The terms that have an antonym (WordNet), in text order.
    std::span<word_view const> opposable() const noexcept { return list(2); }
    /// Capitalised words inside the sentence (named entities), base forms.
    std::span<word_view const> names() const noexcept { return list(3); }
    /// Terms said of the subject after a copula ("the pool is empty"): adjective antonyms
    /// contradict only there, not as modifiers ("a white dog" / "a black dog").
    std::span<word_view const> predicates() const noexcept { return list(4); }
    /// Terms not after a copula and not in -ing ("prices fell"): verb antonyms contradict there.
    std::span<word_view const> finite() const noexcept { return list(5); }
    /// Terms in the scope of a negation (`will not sign` -> sign).
    std::span<word_view const> negated() const noexcept { return list(6); }
    /// `nearly`, `may`, `believes`.
    std::span<word_view const> hedges() const noexcept { return list(7); }
    /// `done`, `certain`, `agreed`.
    std::span<word_view const> boosters() const noexcept { return list(8); }
    /// Years, months, weekdays, `yesterday`.
    std::span<word_view const> times() const noexcept { return list(9); }
    /// Puts these lists in the form (one block for all ten).
    void set_lists(claim_lists const& lists);

    /// The claim's subject when it opens the claim after at most a determiner or possessive
    /// ("the strikes are ...", "its strikes ..."): its base form, else empty.
    word_view subject;
    /// The cue that is part of the claim, else empty: one that gives it its stance ("endorsed" +
    /// "the ferry plan") or denies it ("denied" + "he met her": the claim is negated).
    word_view lead;
    int polarity = 1;                   ///< -1 when the main clause is negated
    /// -1 (hedged) .. +1 (settled); 0 when neither hedges nor boosters.
    double certainty = 0;
    std::vector<quantity> quantities;   ///< numbers with their units (not years)
    /// Stance toward terms: (term, +1/-1) for a term after a stance word (`abolish the tax` -> tax -1).
    std::vector<std::pair<word_view, int>> stance;

private:
    /// Ten lists in one block: `ends[k]` is where list k ends. Copies copy the block.
    struct packed_lists {
        std::unique_ptr<word_view[]> block;
        std::array<std::uint32_t, 10> ends{};
        packed_lists() = default;
        packed_lists(packed_lists const& o) : ends(o.ends) {
            if (o.block) {
                block = std::make_unique<word_view[]>(ends.back());
                std::copy(o.block.get(), o.block.get() + ends.back(), block.get());
            }
        }
        packed_lists(packed_lists&& o) noexcept : block(std::move(o.block)), ends(std::exchange(o.ends, {})) {}
        packed_lists& operator=(packed_lists const& o) { return *this = packed_lists(o); }
        packed_lists& operator=(packed_lists&& o) noexcept {
            block = std::move(o.block);
            ends = std::exchange(o.ends, {});
            return *this;
        }
    };
    std::span<word_view const> list(std::size_t k) const noexcept {
        auto const* at = lists_.block.get();
        return {at + (k ? lists_.ends[k - 1] : 0), at + lists_.ends[k]};
    }
    packed_lists lists_;
};

/// Normalises one statement (any length; one sentence or several).
claim_form analyse_claim(std::string_view text);
/// Normalises what a cue reports: as analyse_claim(text), and when the cue takes a side on it
/// (`meaning.stance`: `endorsed`, `criticized`, `rejected`, a stance word itself), the claim holds
/// that stance toward its terms (`endorsed` + "Berg for the council": berg +1); when it denies it
/// (`meaning.denial`: `denied`, `disputed`), the claim is negated. `cue` is the cue as written
/// (its last word is the verb).
claim_form analyse_claim(std::string_view text, std::string_view cue, cue_meaning meaning);

/// One statement of a named speaker: a quotation or indirect claim, normalised. The speaker and
/// article fields are held once for the program (intern()): a corpus of a million claims has a
/// few hundred thousand articles and speakers, and compares them by number.
struct claim {
    word_view entity;     ///< canonical speaker id across the corpus
    word_view speaker;    ///< canonical name
    speaker_kind kind = speaker_kind::unknown;
    word_view doc, date, title, url;
    quote_kind form_kind = quote_kind::direct;
    std::string text;     ///< the content as printed in the quote lists
    word_view cue;        ///< the cue as written (`said`, `endorsed`); a stance cue gives the claim its stance
    cue_meaning cue_says; ///< what the cue says of the content (carried from attribution)
    std::size_t at = 0;   ///< byte offset in its document (for order within an article)
    /// A figure: a number the article states in its own voice (no speaker); it takes part in the
    /// number series only, never in a speaker's changes.
    bool reported = false;
    /// A turn of an interview transcript (its quotation found by transcript_rule): one voice of a
    /// conversation, never set against another speaker's words in the same article.
    bool turn = false;
    claim_form form;
};

/// The claim a quotation makes: when its speaker is named (person, organisation, place), its cue
/// asks no question ("asked whether …" states nothing) and its content has key terms; the content
/// as one line, normalised.
std::optional<claim> claim_of(document const& doc, quotation const& q);
/// The same before normalising (`form` empty; nothing asked of the content): for callers that
/// normalise many claims at once, on several threads (analyse_claim_form).
std::optional<claim> claim_of_unanalysed(document const& doc, quotation const& q);
/// The claims a quotation makes, one a sentence: a long quotation says several things, each
/// compared on its own ("We are committed to the talks. There is no crisis." makes two, and so
/// does "We are committed to the talks … There is no crisis"; a
/// sentence of fewer than four words stays with the one before it). Unanalysed, as above; all
/// share the quotation's speaker, cue and place (`at`).
std::vector<claim> claims_of_unanalysed(document const& doc, quotation const& q);
/// The same, normalised; those without key terms left out.
std::vector<claim> claims_of(document const& doc, quotation const& q);
/// Normalises the claim's content into its `form` (with what its cue says of it).
void analyse_claim_form(claim& c);

/// Whether a quantity counts or measures something (`13 new cases`, `Category 4`, `8.7 percent`):
/// it has a unit, and is neither a year nor a stretch of time (`two days`, `3 years old`).
bool is_measured(quantity const& q);
/// A sentence of an article that states a measured quantity in the article's own voice: its
/// span, and the words its numbers are read in (the sentence with the words of named speakers,
/// which their claims hold, blanked) when they differ from it.
struct figure_sentence {
    text_span sentence;
    std::string measured; ///< empty when the sentence itself
};
/// The figure sentences of an article: those of its body (not the headline) that state a
/// measured quantity outside the words of named speakers (`quotes`), and name something (a
/// number of nothing named can be followed in no series).
std::vector<figure_sentence> figure_sentences(document const& doc, std::vector<quotation> const& quotes);
/// The figure a sentence states: a claim `reported` by the article, its form read from
/// `measured` (else the sentence), holding only its measured quantities and the word lists the
/// number series read (terms, names, times); nothing without a measured quantity or a name.
std::optional<claim> figure_claim(document const& doc, text_span sentence, std::string_view measured);
/// The figures of an article (figure_sentences made claims).
std::vector<claim> figures_of(document const& doc, std::vector<quotation> const& quotes);

enum class relation { contradiction, number_change, certainty_change, consistent, unrelated };

std::string_view to_string(relation r);
/// The inverse of to_string (`number-change` -> number_change); an unknown name reads as unrelated.
relation parse_relation(std::string_view name);

/// How two claims relate, with the evidence: each reason names the rule that fired and the words
/// it saw (`negation: "sign" negated in one claim only`).
struct judgement {
    relation rel = relation::unrelated;
    std::vector<std::string> reasons;
    double similarity = 0;   ///< topic overlap 0..1 (shared terms weighed by rarity when given)
    std::string rule;        ///< the rule that decided: `negation`, `antonym`, `stance`, `quantity`, `certainty`, `overlap`
};

/// Word rarity for the overlap score: returns a weight (about 1 for a common word, more for a
/// rare one). Without one, every term weighs 1.
using term_weight = double (*)(std::string_view term, void const* context);

/// Compares two claims. `same_time`: whether they speak of the same moment (two claims in one
/// article, or pairs without dates); then different values of one quantity contradict, else
/// they are a number-change.
judgement compare_claims(claim_form const& a, claim_form const& b, bool same_time = true,
                         term_weight weight = nullptr, void const* weight_context = nullptr);

/// The same with the weights of each claim's terms given (parallel to `terms`), for callers that
/// compare one claim many times.
judgement compare_claims(claim_form const& a, claim_form const& b, bool same_time, std::span<double const> weights_a,
                         std::span<double const> weights_b);

/// Two parties' accounts of one event (different speakers, same time): they disagree when they
/// speak of the same subject (`claim_form::subject` of both) and describe it with opposite adjectives
/// ("the strikes hit military targets" / "the strikes hit civilian homes"). Nothing when they don't.
std::optional<judgement> compare_accounts(claim_form const& a, claim_form const& b);

} // namespace verbatim
