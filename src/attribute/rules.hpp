// attribute/rules.hpp — every attribution rule: one function each, in a file of its own under
// rules/ whose header comment names the rule and gives one sentence it reads. The families, and
// the order in which each is tried, are listed once, in sieves.cpp:
//
//   speaker rules   who speaks for a cue (“…,” said X; X, at …, said; …, saying): the first that
//                   answers decides; one may say there is no speaker at all ("she was told").
//   cue rules       what a cue with its speaker reports (a quote before it, a clause after it,
//                   an intention, a request, …): the first that deals with the cue ends it.
//   sentence rules  reports a sentence makes without a cue word of its own (a headline, "In a
//                   poll, …"), and the cues that need no speaker rule ("according to", "asked").
//   article rules   what only the whole article shows (transcripts, quote paragraphs that go on
//                   with the last speaker), and the passes that amend earlier reports.
#pragma once

#include <span>
#include <string_view>

#include "attribute/context.hpp"

namespace verbatim::attribute {

/// What a speaker rule says of a cue: nothing (the next rule tries), a speaker (in
/// cue_site::speaker), or that the cue has no speaker at all (no later rule may name one).
enum class verdict { pass, found, no_speaker };

using speaker_rule_fn = verdict (*)(cue_site& site, report_list& reports);
/// Returns true when it dealt with the cue (a report kept, or none to keep).
using cue_rule_fn = bool (*)(cue_site& site, report_list& reports);

/// A rule's name (as `rule` in the output), its family and one sentence it reads.
struct rule_info {
    std::string_view name;
    std::string_view family; ///< "speaker", "cue", "sentence", "article"
    std::string_view example;
};

/// Every rule, family by family, each family in the order it is tried.
std::span<rule_info const> all_rules();

namespace rules {

// ---- speaker rules (in sieves.cpp's order) --------------------------------------------------
verdict possessive_cue(cue_site& site, report_list& reports);
verdict postmodified_subject(cue_site& site, report_list& reports);
verdict subject_before_cue(cue_site& site, report_list& reports);
verdict subject_before_time(cue_site& site, report_list& reports);
verdict subject_before_parenthetical(cue_site& site, report_list& reports);
verdict relative_subject(cue_site& site, report_list& reports);
verdict inverted_speaker(cue_site& site, report_list& reports);
verdict shared_subject(cue_site& site, report_list& reports);
verdict conjoined_subject(cue_site& site, report_list& reports);
verdict participle_subject(cue_site& site, report_list& reports);
verdict quantity_subject(cue_site& site, report_list& reports);

// ---- cue rules ------------------------------------------------------------------------------
bool quote_before_cue(cue_site& site, report_list& reports);
bool clause_before_cue(cue_site& site, report_list& reports);
bool previous_sentence(cue_site& site, report_list& reports);
bool quote_after_cue(cue_site& site, report_list& reports);
bool topic_after_cue(cue_site& site, report_list& reports);
bool as_object(cue_site& site, report_list& reports);
bool intention(cue_site& site, report_list& reports);
bool request(cue_site& site, report_list& reports);
bool preposition_object(cue_site& site, report_list& reports);
bool clause_after_cue(cue_site& site, report_list& reports);
bool quote_after_sentence(cue_site& site, report_list& reports);

// ---- sentence rules -------------------------------------------------------------------------
/// "Okafor: Reyes Budget Will Close Three Schools." True when the headline reported itself.
bool headline(sentence_context& sv, report_list& reports);
/// "In a city survey published Friday, 40 percent backed Berg" (when no cue reported the sentence).
void in_document(sentence_context& sv, report_list& reports);
/// "…, according to the ministry" (a cue with its source after it).
void according_to(cue_site& site, report_list& reports);
/// "When asked whether the ferry would stay, Berg said …" (a question put by someone unnamed).
void asked(cue_site& site, report_list& reports);

// ---- article rules --------------------------------------------------------------------------
/// "BERG: We will build it." in a dialogue of such turns.
void transcript(article_context& article, text::text_window const& window, report_list& reports);
/// The quotations no cue reached: signed, introduced by a colon, in their subject's predicate,
/// or a quote paragraph that goes on with the last speaker.
void standalone_quotes(article_context& article, text::text_window const& window, report_list& reports);
/// The quote `q` signed after a dash ("“…” ― Jane Doe"): its speaker, if so.
std::optional<g::speaker_phrase> dash_signature(article_context const& article, text::quote_span const& q);
/// The subject of the sentence whose colon introduces quote `q` ("Okafor warned: “…”").
std::optional<g::speaker_phrase> colon_introducer(article_context const& article, text::quote_span const& q);
/// Whether a colon ends the sentence before the quote, in its paragraph or as a paragraph of its
/// own before it (whoever is the sentence's subject).
bool introduced_by_colon(article_context const& article, text::quote_span const& q);
/// A mixed quotation in its subject's predicate ("she vowed to “fight on”"); true when kept.
bool subject_verb_quote(article_context& article, text::quote_span const& q, report_list& reports);
/// Passes over the sorted reports that amend them: a report ends where a coordinated one begins;
/// an indirect report inside another is dropped.
void cut_at_coordinated_reports(article_context const& article, report_list& reports);
void drop_nested(report_list& reports);

} // namespace rules

/// The speaker rules in order: sets site.speaker (and returns true) when one names a speaker.
bool find_speaker(cue_site& site, report_list& reports);
/// The cue rules in order, for a cue whose speaker is found.
void report_cue(cue_site& site, report_list& reports);
/// Every cue of the sentence: its speaker, then what it reports.
void report_cues(sentence_context& sv, report_list& reports);

} // namespace verbatim::attribute
