// verbatim/quotation.hpp — who said what in one article: quotation spans, their cue and speaker.
//
//   auto quotes = verbatim::extract_quotations(doc);
//   for (auto const& q : quotes)
//       if (q.speaker) fmt::print("{}: {}\n", q.speaker->name, verbatim::content_text(doc, q));
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verbatim/document.hpp"

namespace verbatim {

/// Byte offsets `[begin, end)` into `document::text`.
struct text_span {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(text_span const&, text_span const&) = default;
};

/// direct: the quoted words; mixed: a reported clause with quoted parts; indirect: no quote marks.
enum class quote_kind { direct, mixed, indirect };

/// `media`: a news outlet (`Reuters`, `the Guardian`), kept apart from the people it quotes.
enum class speaker_kind { person, organization, place, media, group, unknown };

/// How the speaker is written: by a name (`Steve Witkoff`, `Witkoff`, `the Kremlin`), a common
/// noun phrase (`the foreign minister`, `officials`) or a pronoun (`he`).
enum class mention_kind { name, description, pronoun };

/// Where the speaker is written (`He`) and who that is (`Donald Trump`).
struct speaker_mention {
    text_span span;
    std::string text;  ///< the mention as written
    std::string name;  ///< canonical name in this article (the mention itself when unresolved)
    std::string role;  ///< title or role the article gives (`Ukrainian President`), may be empty
    speaker_kind kind = speaker_kind::unknown;
    mention_kind mention = mention_kind::name;
    /// Stable id of the speaker, the same in every article that names them the same way
    /// (`person:volodymyr-zelensky`); unnamed sources and groups get one per article
    /// (`group:officials@doc-id`). See speakers.hpp for the corpus-wide merge.
    std::string entity;
};

/// What a cue says of the content it reports, beyond that it was said (from the cue word lists,
/// `grammars/en/speech_verbs.txt`): it denies it (`denied`, `disputed`), or takes a side on it
/// (`endorsed`, `criticized`).
/// What kind of saying a cue reports: `speech` (said, told), `denial` (denied, refused to),
/// `question` (asked whether), `belief` (believes, fears), `intention` (vowed to, wants to),
/// `report` (according to; a study found, data showed).
enum class cue_class { speech, denial, question, belief, intention, report };

struct cue_meaning {
    bool denial = false;
    bool stance = false;
    cue_class kind = cue_class::speech;
    friend bool operator==(cue_meaning const&, cue_meaning const&) = default;
};

/// The word that ties the content to the speaker (`said`, `according to`).
struct speech_cue {
    text_span span;
    std::string text;
    cue_meaning meaning; ///< as attribution read it
};

/// The meaning of a cue as written (`denied`, `has Endorsed`: its last word, in any case), read
/// from the cue word lists as attribution reads it: for quotations read back from records.
cue_meaning meaning_of_cue(std::string_view written);

/// One attributed (or unattributed) quotation.
/// The name of the rule that reads the turns of an interview transcript ("BERG: …", "((WN))  …"):
/// what a turn says is one voice of a conversation.
inline constexpr std::string_view transcript_rule = "transcript";

struct quotation {
    quote_kind kind = quote_kind::direct;
    std::vector<text_span> spans;   ///< the whole reported content, in text order (several when interrupted)
    std::vector<text_span> quoted;  ///< the verbatim parts inside quote marks (for direct: same as spans)
    std::optional<speech_cue> cue;
    std::optional<speaker_mention> speaker;
    /// The attribution rule that found it (`clause-after-cue`, `quote-paragraph`, …), the rule that
    /// found its speaker (the same when that rule found both, empty without a speaker), and the rules that changed it later:
    /// static names (empty for a quotation read back from a record or a store).
    std::string_view rule, speaker_rule;
    std::vector<std::string_view> amended_by;
    /// How far to trust the record, 0 to 1: the share of records found the same way (same rule,
    /// same speaker rule, same kind of speaker mention, resolved or not) whose content and speaker
    /// matched the annotators' on PolNeAR's training split (see `bench/calibrate_confidence.py`).
    /// Absent for a quotation read back from a record or store that did not keep it.
    std::optional<double> confidence;
};

/// Finds every quotation in `doc` (direct, mixed and indirect speech), attributes it and
/// resolves each speaker within the article. Never throws on odd text; problems go to `notes`
/// when given (unbalanced quote marks and the like).
std::vector<quotation> extract_quotations(document const& doc, std::vector<diagnostic>* notes = nullptr);

/// The same, handing the quotations on in parts as they are found, in text order: an article of
/// over a megabyte (a transcript, a book) comes in several parts, so that what is held at once is
/// bounded by a part, not by the article. Every real news article is one part.
void extract_quotations(document const& doc, std::function<void(std::vector<quotation>&)> const& part,
                        std::vector<diagnostic>* notes = nullptr);

/// The content as one string: the spans joined with ` … `.
std::string content_text(document const& doc, quotation const& q);

/// Reads the word lists (`en/speech_verbs.txt`, ...) from `folder` instead of the built-in
/// ones; lists missing there stay built in. Call before the first extraction.
void use_word_list_folder(std::string const& folder);

std::string_view to_string(quote_kind k);
std::string_view to_string(speaker_kind k);
std::string_view to_string(cue_class k);
std::string_view to_string(mention_kind k);
/// The inverses of to_string, as stored and as JSONL records write them: an unknown name reads
/// as `direct` / `unknown`.
quote_kind parse_quote_kind(std::string_view name);
speaker_kind parse_speaker_kind(std::string_view name);
mention_kind parse_mention_kind(std::string_view name);
cue_class parse_cue_class(std::string_view name);

} // namespace verbatim
