// language.hpp — what the engine asks of a language, with no Spirit types in sight.
// src/ calls these functions; grammars/<rule>/ implement them with Boost.Spirit X3 and
// the word lists in grammars/<lang>/.
//
//   auto m = verbatim::grammars::match_quote_mark(text, pos);
//   auto np = verbatim::grammars::match_speaker(text, pos);
//   auto c = verbatim::grammars::match_cue(text, pos);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verbatim::grammars {

// ---- word lists -------------------------------------------------------------------

/// Reads the word lists from `folder` (holding `en/*.txt`) instead of the compiled-in
/// ones; lists missing there keep their built-in content. Call before any parse.
/// Returns the names of the lists read from the folder.
std::vector<std::string> use_word_list_folder(std::string const& folder);

enum class gender { unknown, male, female, neuter, plural, first_person };

/// Membership tests on the word lists (exact, case-sensitive unless said otherwise).
bool is_place_name(std::string_view name);
/// The name a place goes by in the word list ("US", "U.S.", "America" -> "United States").
std::string canonical_place_name(std::string_view name);
/// The country an adjective names ("German" -> "Germany", "South Korean" -> "South Korea"), as
/// places.txt names it, or none (grammars/en/demonyms.txt).
std::optional<std::string> country_of_adjective(std::string_view adjective);
bool is_organization_name(std::string_view name); ///< whole name or its last word is an org word
bool is_outlet_name(std::string_view name);       ///< a news outlet's ("Reuters", "the Daily Telegraph", "ABC News")
bool is_listed_outlet(std::string_view name);     ///< an outlet named whole in the list ("Rodong Sinmun"), no head word asked
bool is_outlet_head(std::string_view word);       ///< the last word of an outlet's name ("Times", "Today")
bool is_generic_org_word(std::string_view word);  ///< "Ministry", "University": names no body alone
bool is_first_name(std::string_view word);        ///< a common first name ("Rishi", "Hillary")
/// Whether a capitalised name of two words or more is made only of everyday words and holds no
/// first name ("Road Safety", "Steel Gates"; in a name of three words or more the first
/// may be any word: "Pre University Course"): the name of a thing or body, not a person's.
bool is_name_of_common_words(std::string_view name);
/// The word with A–Z in lower case (other bytes as they are).
std::string lower_ascii(std::string_view word);
/// Whether a word (any case) is an everyday English word (`grammars/en/common_words.txt`).
bool is_common_word(std::string_view word);
bool is_noun_modifier(std::string_view word);     ///< "state", "party", "two": a modifier that may head a phrase
bool is_finite_verb(std::string_view word);       ///< an auxiliary, modal, copula or common past form
bool is_group_word(std::string_view word);        ///< "officials", "police" (any case of first letter)
bool is_source_noun(std::string_view word);       ///< "statement", "poll"
bool is_title_word(std::string_view word);        ///< "President", "Sen."
bool is_role_noun(std::string_view word);         ///< "aide", "spokesman" (lower case)
bool is_function_word(std::string_view word);     ///< sentence-initial words never starting a name
gender pronoun_gender(std::string_view word);     ///< unknown when not a pronoun
/// A person's gender as titles, role words and first names signal it ("Mrs.", "spokeswoman",
/// "Hillary"); unknown when nothing does.
gender person_gender(std::string_view name, std::string_view role);
bool is_clause_opener(std::string_view word);     ///< "in", "after", "speaking": an adverbial after a cue
bool is_subordinator(std::string_view word);      ///< "while", "although": opens a clause before the main one (lower case)
bool is_preposition(std::string_view word);       ///< "in", "of", "during" (lower case)
/// Whether text[begin, end) reads as a finite clause (a pronoun subject, an auxiliary, modal or
/// copula, a past form) rather than a noun phrase ("the album “X” on Monday").
bool looks_like_clause(std::string_view text, std::size_t begin, std::size_t end);
/// Bytes of a time phrase at `pos` ("on Wednesday", "last week", "yesterday"), or 0.
std::size_t skip_time_phrase(std::string_view text, std::size_t pos);
bool is_abbreviation(std::string_view word_with_dot); ///< "Mr.", "U.S.", "Jan." — no sentence end
bool is_time_unit(std::string_view lower_word);   ///< "day", "weeks", "year": a stretch of time (time_words.txt @unit)

// ---- claim words ------------------------------------------------------------------

/// The form a word is compared in: lower case, irregular inflections undone (went -> go,
/// children -> child) and regular suffixes stripped (talks, talked, talking -> talk). A stem
/// for matching, not always a dictionary word (agreed -> agre); the same for every form.
std::string base_form(std::string_view word);
bool is_stopword(std::string_view base);          ///< a word with no topic ("the", "be", "said")
enum class antonym_kind { none, adjective, verb };
/// Whether two base forms are WordNet direct antonyms, and of which part of speech.
antonym_kind antonyms(std::string_view base_a, std::string_view base_b);
bool has_antonym(std::string_view base); ///< whether the word has any antonym (a cheap pre-filter)
/// Copulas and auxiliaries of the progressive and passive ("is", "were", "remain", "became").
bool is_copula(std::string_view lower_word);
struct stance_word {
    int sign = 0;               ///< +1 backs what follows (support), -1 works against it (abolish), 0 neither
    bool rates_subject = false; ///< an evaluation that rates its subject too ("X would harm ...")
};
stance_word stance_of(std::string_view base);
/// The value of a spelled-out number ("twenty" -> 20); `multiplier` says it scales the number
/// before it ("million").
std::optional<double> number_word_value(std::string_view lower_word, bool& multiplier);

enum class claim_word { none, negator, hedge, booster };

/// A hedge, booster or negator phrase starting at `words[i]` (lower-case words): its class and
/// length in words (the longest match), or {none, 0}.
std::pair<claim_word, std::size_t> match_claim_word(std::vector<std::string> const& lower_words, std::size_t i);

// ---- characters ------------------------------------------------------------------

// (Inline for ASCII, most of English news; the rest of Unicode out of line.)
char32_t decode_utf8_beyond_ascii(std::string_view text, std::size_t pos, int& length);
bool is_word_char_beyond_ascii(char32_t c);
bool is_upper_char_beyond_ascii(char32_t c);

/// The code point at byte `pos` and its length in bytes (an invalid byte reads as U+FFFD, length 1).
inline char32_t decode_utf8_at(std::string_view text, std::size_t pos, int& length) {
    if (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) {
        length = 1;
        return static_cast<char32_t>(text[pos]);
    }
    return decode_utf8_beyond_ascii(text, pos, length);
}
/// Letters, marks and digits of any script.
inline bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return is_word_char_beyond_ascii(c);
}
/// Upper- and title-case letters of any script.
inline bool is_upper_char(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return is_upper_char_beyond_ascii(c);
}

// ---- words ------------------------------------------------------------------------

/// Where the word starting at byte `pos` ends, reading no further than `limit`: letters, marks
/// and digits of any script, with a hyphen or an apostrophe (' or ’) inside it when a letter or
/// digit follows ("well-known", "don’t", "Kyiv’s", "COVID-19"); `pos` when no word starts there.
/// The one definition of a word: the grammars' word boundary is the same, and the word table
/// (src/text/words.hpp), the rules and the resolver read words so.
std::size_t word_end_at(std::string_view text, std::size_t pos, std::size_t limit);

/// Closed classes of words the rules ask about; their words are in grammars/en/word_classes.txt
/// (one line a class, named as here). The engine names no English word: it asks in_class.
enum class word_class : std::uint8_t {
    article,
    indefinite_article,
    possessive_determiner,
    definite_article,
    ambiguous_possessive,
    source_determiner,
    medium_determiner,
    not_after_infinitive_to,
    auxiliary,
    progressive_auxiliary,
    passive_auxiliary,
    subject_pronoun,
    source_phrase_stop,
    contracted_subject,
    first_or_second_person,
    pronoun_it,
    coordinator,
    and_word,
    but_word,
    alternative_coordinator,
    opening_conjunction,
    leading_conjunction,
    contrast_conjunction,
    adverbial_conjunction,
    relative_pronoun,
    relative_clause_opener,
    relative_who,
    complementizer,
    reported_after_but,
    concessive_conjunction,
    clause_lead,
    question_word,
    asked_opener,
    asked_after,
    participle_lead,
    hanging_phrase_opener,
    manner_word,
    while_word,
    including,
    by_word,
    of_word,
    to_word,
    on_word,
    as_word,
    such_word,
    against_word,
    in_word,
    modifying_preposition,
    about_word,
    topic_about,
    speech_object_preposition,
    for_word,
    medium_preposition,
    medium_noun,
    recall_preposition,
    approximator,
    comparative_quantifier,
    adjective_with,
    adjective_to,
    with_word,
    title_small_word,
    plain_say,
    plain_said,
    asked_cue,
    calling_verb,
    call_verb,
    rail_verb,
    speech_noun,
    body_noun,
    voice_noun,
    count_noun,
    death_word,
    injury_word,
    counted_person,
    place_opener,
    platform,
    clock_word,
    age_word,
    naming_word,
    affiliation_preposition,
    news_media_noun,
    relative_which,
    irregular_participle,
    count
};
/// Word endings the rules ask about (grammars/en/word_forms.txt).
enum class word_form : std::uint8_t { participle, past, adverb, plural, double_s, wise, count };

/// What the word lists say of one word as written (case as written), looked up once per distinct
/// word and thread.
struct word_facts {
    std::uint64_t classes[2] = {0, 0}; ///< the word classes it is in, one bit each (bit k % 64 of word k / 64)
    std::int16_t cue = -1;         ///< the cue entry the whole word is (cue_of_entry), or -1
    bool opens_longer_cue = false; ///< an entry of several words starts with this word ("according")
};
word_facts facts_of_word(std::string_view word);

/// The same for a caller that reads many words (the word table): one per thread, its cache of
/// short words (up to eight bytes, most words) at hand.
class word_facts_reader {
public:
    word_facts_reader();
    word_facts facts(std::string_view word);
    /// The facts of a word of up to eight bytes whose bytes, packed into a number in order (the
    /// first the lowest), are `key`.
    word_facts facts_of_short(std::string_view word, std::uint64_t key);

private:
    static constexpr unsigned short_bits = 14;
    struct short_entry {
        std::uint64_t key = 0;
        std::uint8_t length = 0; ///< 0: empty
        word_facts facts;
    };
    std::vector<short_entry> short_;
};
word_facts_reader& this_thread_facts_reader();

/// Whether `word` (as written) is in the class.
inline bool in_class(std::string_view word, word_class c) {
    auto const k = static_cast<unsigned>(c);
    return (facts_of_word(word).classes[k / 64] >> (k % 64)) & 1U;
}
/// The word a class lists first (the one that names it where a rule needs a word: "deaths").
std::string_view first_in_class(word_class c);
/// Whether `word` ends as the form says ("saying": participle).
bool has_form(std::string_view word, word_form f);
/// The classes and forms the engine asks about that grammars/en/ gives no word or ending (a list
/// out of step with word_class or word_form; empty when they agree).
std::vector<std::string_view> classes_without_words();



enum class mark_family { double_quote, single_quote, guillemet, single_guillemet };
enum class mark_role { open, close, either, close_or_apostrophe, open_low };

struct quote_mark {
    mark_family family;
    mark_role role;
    std::size_t length; ///< bytes
};

/// The quote mark starting at byte `pos`, if any (“ ” " ‘ ’ « » „ ‹ ›).
std::optional<quote_mark> match_quote_mark(std::string_view text, std::size_t pos);

/// True when byte `b` can start a quote mark (cheap pre-filter for scanning).
/// The bytes a quotation mark may start with (ASCII quotes; the lead bytes of “ ” ‘ ’ ‚ „ and « »).
inline constexpr unsigned char quote_mark_first_bytes[] = {'"', '\'', 0xE2, 0xC2};
inline bool may_start_quote_mark(unsigned char b) {
    for (auto c : quote_mark_first_bytes)
        if (b == c) return true;
    return false;
}

// ---- article header ---------------------------------------------------------------

struct text_header {
    std::string date, title, source, url;
    std::size_t body_begin = 0;     ///< after the metadata lines
    std::size_t dateline_begin = 0; ///< dateline (`MOSCOW, JAN 23:`) if any, else == body_begin
    std::size_t dateline_end = 0;
};

/// Metadata lines (`date 2026-01-23`, `title: ...`) and a dateline at the head of a .txt article.
text_header parse_text_header(std::string_view text);

/// Length of a dateline (`MOSCOW, JAN 23:` / `WASHINGTON (Reuters) -`) starting at `pos`, or 0.
std::size_t match_dateline(std::string_view text, std::size_t pos);

// ---- speakers and cues ------------------------------------------------------------

/// The parts of a speaker noun phrase. `nickname`: a quoted name inside a name (Tom “The Hammer”
/// Reyes) or a quoted title after a link (fans of “Shark Tank”).
enum class np_part { determiner, pronoun, title, role, group, modifier, name, possessive, link, common, nickname };

struct np_token {
    np_part part;
    std::size_t begin, end; ///< bytes into the text
};

/// A speaker noun phrase as the grammar read it: its tokens in order.
struct speaker_phrase {
    std::size_t begin = 0, end = 0;
    /// The words; they run from `begin` to `end` except in an apposition, where a role and a
    /// comma stand before or after them ("The Vice President, Mike Pence", "Adil Abdul-Mahdi,
    /// the acting prime minister": the words are the name's), and for a relative pronoun
    /// ("Tom Reyes, who said"), written from `begin` to `end`, whose words are those it stands for.
    std::vector<np_token> tokens;
    /// A relative pronoun standing for the words before it ("Tom Reyes, who said").
    [[nodiscard]] bool relative() const { return !tokens.empty() && tokens.back().end <= begin; }
    /// Where the phrase's words begin: `begin`, or its antecedent's for a relative pronoun.
    [[nodiscard]] std::size_t first() const { return relative() ? tokens.front().begin : begin; }
};

/// While one lives on a thread, the speaker grammar remembers how it read each word of `text`
/// (and of its prefixes `text.substr(0, n)`, which the matchers below are given to bound them
/// to a sentence or paragraph), so that phrases tried from many starts in one sentence tag each
/// word once. The text must not change while the scope lives; scopes do not nest.
class word_memo_scope {
public:
    explicit word_memo_scope(std::string_view text);
    ~word_memo_scope();
    word_memo_scope(word_memo_scope const&) = delete;
    word_memo_scope& operator=(word_memo_scope const&) = delete;
};

/// The longest speaker noun phrase starting at `pos` (a pronoun, a name with titles and roles,
/// `the Kremlin`, `a spokesman for the ministry`, `senior officials`), if any.
std::optional<speaker_phrase> match_speaker(std::string_view text, std::size_t pos);

enum class cue_class { speech, belief, according_to };

struct cue_match {
    std::size_t begin = 0, end = 0;
    cue_class kind = cue_class::speech;
    bool takes_object = false; ///< "told reporters that ..."
    bool bare_clause = false;  ///< content may follow without "that" ("said a deal was ready")
    bool naming = false;       ///< gives a name: a quoted title counts as quoted words ("called it “X”")
    bool source_only = false;  ///< with a document or poll as subject, any object is what it reports ("the survey showed Berg ahead")
    bool question = false;     ///< reports an indirect question ("asked him whether …")
    bool infinitive = false;   ///< an intention in a to-infinitive ("wants to run", "declined to comment")
    bool directive = false;    ///< a request of someone: its object and to-infinitive ("urged him to resign")
    bool stance = false;       ///< takes a side on its object ("endorsed Berg", "criticized the plan")
    bool topic = false;        ///< its plain object is what it reports ("cited a poll", "announced a plan")
    bool denial = false;       ///< says its content is not so ("denied that he met her", "disputed the figures")
    bool about = false;        ///< reports only what it is about, or quoted words ("spoke about the ferry")
    bool to = false;           ///< the same after "to" ("pointed to the cost", "referring to the vote")
    bool as = false;           ///< reports its object and what it is taken "as" ("sees the toll as a burden")
    bool report = false;       ///< reports a finding or a fact, not a view ("reported", "confirmed", "estimated")
};

/// The speaker noun phrase starting at `pos` whose last word ends exactly at byte `end`.
std::optional<speaker_phrase> match_speaker_ending_at(std::string_view text, std::size_t pos, std::size_t end);
/// Where the noun phrases starting at `pos` may end (byte offsets, shortest first): the `end`s
/// for which match_speaker_ending_at finds one, read once for a caller that tries many.
std::vector<std::size_t> speaker_phrase_ends(std::string_view text, std::size_t pos);

/// Bytes of blank (spaces, tabs, no-break spaces) at `pos`.
std::size_t skip_blank(std::string_view text, std::size_t pos);

/// A speech cue (`said`, `told`, `according to`, `believes`) starting at `pos`.
std::optional<cue_match> match_cue(std::string_view text, std::size_t pos);
/// The cue entry `index` of word_facts::cue (its begin and end unset).
cue_match const& cue_of_entry(std::int16_t index);

/// `SPEAKER [adverbs] CUE` starting at `pos` (“…,” Zelensky said / he had previously said).
struct subject_cue_match {
    speaker_phrase speaker;
    cue_match cue;
};
std::optional<subject_cue_match> match_subject_cue(std::string_view text, std::size_t pos);

/// `CUE SPEAKER` starting at `pos` (“…,” said Ukrainian President Volodymyr Zelensky).
std::optional<subject_cue_match> match_inverted_cue(std::string_view text, std::size_t pos);

/// An adverb of manner or time by its ending ("specifically", "reportedly"), seven letters or more.
bool is_manner_adverb(std::string_view word);

/// Bytes of words that may stand between a speaker and its cue, from `pos` (adverbs, auxiliaries).
std::size_t skip_adverbs(std::string_view text, std::size_t pos);
/// The same, read backwards from `end` (not before `begin`): "did not" in "but did not suggest".
/// The count includes the blank before the first adverb.
std::size_t skip_adverbs_backward(std::string_view text, std::size_t begin, std::size_t end);

} // namespace verbatim::grammars
