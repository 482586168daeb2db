// Speaker rule "inverted-speaker":
//   "“The ferry stays,” said Mayor Anna Berg."
// After a quote or a comma, a speech cue followed by its speaker, who closes the clause ("…, said
// the law helped …" is no inversion) or goes on with a relative clause ("said one owner of a
// bakery who asked not to be named"). Not "…, told X": X is the hearer (but “…?” asked X); not a
// participle ("…, repeating a familiar line": its object is no speaker), nor a naming verb
// ("the program, called Harbor One"). A name may be followed by where its bearer works ("said
// Tom Reyes of the Harbor Report"; not "said one of the owners"). A description with a name
// set off after it is the named person ("…,” said a protester, Lena, who …"), and so is one a
// naming word gives ("said a protester using the pseudonym Lena").
#include <optional>

#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

namespace {

/// The name that says who a description is, right after it: set off by a comma ("a protester,
/// Lena, who …"; the mention is the two, the name's words speak), or given by a naming word
/// within four words ("using the pseudonym Lena", "named Tom Reyes", "identified as Lena Okafor"),
/// a name that ends the clause or meets a comma.
std::optional<g::speaker_phrase> name_after_description(sentence_context const& sv, g::speaker_phrase const& description) {
    if (article_context::all_names(description)) return std::nullopt;
    auto const t = sv.text();
    std::size_t const from = description.end;
    if (from < sv.end() && t[from] == ',') {
        auto name = sv.speaker_at(sv.over_blank(from + 1));
        if (name && article_context::all_names(*name) && sv.article().proper_name(*name) &&
            (name->end >= sv.end() || t[name->end] == ',' || t[name->end] == '.'))
            return name;
        return std::nullopt;
    }
    bool named = false;
    std::size_t p = sv.over_blank(from);
    for (int k = 0; k < 4 && p < sv.clause_end(); ++k) {
        auto w = sv.word_at(p);
        if (w.empty()) return std::nullopt;
        if (named && w[0] >= 'A' && w[0] <= 'Z') {
            auto name = sv.speaker_at(p);
            if (name && article_context::all_names(*name) && (name->end >= sv.clause_end() || t[name->end] == ',' || t[name->end] == '.'))
                return name;
            return std::nullopt;
        }
        named = named || g::in_class(w, wc::naming_word);
        p = sv.over_blank(p + w.size());
    }
    return std::nullopt;
}

} // namespace

verdict inverted_speaker(cue_site& site, report_list&) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& cue = site.cue;
    // (nor a naming verb: "a device, called Harbor One, …", "the fund, dubbed …": its object is
    // what is named)
    if (cue.kind != g::cue_class::speech || cue.stance || cue.naming || g::has_form(sv.word_at(cue.begin), wf::participle)) return verdict::pass;
    std::size_t before = sv.back_over_blank(cue.begin);
    bool after_quote = sv.quote_closing_before(cue.begin) >= 0;
    bool after_quote_or_comma = before > sv.begin() && (cue.takes_object ? cue.question && after_quote : after_quote || t[before - 1] == ',');
    if (!after_quote_or_comma) return verdict::pass;
    auto m = g::match_inverted_cue(sv.bound(), cue.begin);
    if (!m) return verdict::pass;
    std::size_t const after_speaker = sv.over_blank(m->speaker.end);
    auto next = sv.word_at(after_speaker);
    // "said a protester, Lena, who …", "said a driver named Tom Reyes": a description, then the
    // name that says who
    if (auto name = name_after_description(sv, m->speaker)) {
        name->begin = m->speaker.begin;
        site.speaker = found_speaker{*name, speaker_place::inverted};
        return verdict::found;
    }
    // "said one owner of a bakery who asked not to be named", "said a Conservative familiar
    // with the plans", "said officials involved in the talks": a relative clause or a modifier
    // ends it too
    bool relative = g::in_class(next, wc::relative_clause_opener) || (after_quote && opens_postmodifier(sv, after_speaker));
    // ("said Tom Reyes of the non-partisan Harbor Report": a name, then where its bearer works; not
    // "said one of the owners")
    bool const of = g::in_class(next, wc::of_word);
    bool const affiliation = of && m->speaker.tokens.back().part == g::np_part::name && sv.article().proper_name(m->speaker);
    if ((!clause_done(sv, m->speaker.end) && !relative && !affiliation) || (of && !affiliation)) return verdict::pass;
    site.speaker = found_speaker{m->speaker, speaker_place::inverted};
    return verdict::found;
}

} // namespace verbatim::attribute::rules
