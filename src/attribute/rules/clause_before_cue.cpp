// Cue rule "clause-before-cue":
//   "The ferry will stay in service, Anna Berg said."
// The clause before the subject, set off by a comma or semicolon, is what was said; it goes on
// after the cue when the sentence does ("The bigger risk, he said, is a clash …"). Not an opening
// prepositional phrase ("In a letter to the council, Berg asked …"), a "that" awaiting its clause,
// or a subordinate clause with no main clause after it, or a clause after which a semicolon
// stands that has a cue and speaker of its own ("A said X; B disagreed"). The reports of earlier
// cues in the
// sentence end where this one's subject begins (an amendment they record).
#include <algorithm>

#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"
#include "attribute/rules/after_cue.hpp"

namespace verbatim::attribute::rules {
namespace {

/// Where the clause before the subject stops: at the comma or semicolon before it, or after a
/// quote that closes on its own comma ('… to "calm down," Berg said'); nothing when neither.
std::optional<std::size_t> clause_stop(sentence_context const& sv, std::size_t before_subject) {
    auto const t = sv.text();
    char c = t[before_subject - 1];
    if (c == ',' || c == ';') return before_subject - 1;
    // '… to "calm down," Berg said': the comma sits inside the closing quote (a mark of one to
    // three bytes: ", ”, or the two apostrophes some papers print for one).
    std::size_t const p = before_subject;
    for (std::size_t len = 3; len >= 1; --len) {
        if (p < sv.begin() + len + 1) continue;
        std::size_t const mark_begin = p - len;
        auto m = g::match_quote_mark(sv.bound(), mark_begin);
        if (m && mark_begin + m->length == p && t[mark_begin - 1] == ',') return p;
    }
    return std::nullopt;
}

/// "Anna Berg said she felt A because “…,” she said": the reports of the cues before in this
/// sentence end where this one's subject begins.
void end_earlier_reports(sentence_context const& sv, report_list& reports, std::size_t before_subject, std::size_t stop) {
    auto& out = reports.items();
    for (auto it = out.rbegin(); it != out.rend() && it->cue && it->cue->begin >= sv.begin(); ++it) {
        auto& prior = *it;
        if (prior.cue->end > before_subject || prior.spans.empty() || prior.spans.back().end + 4 < before_subject ||
            prior.spans.back().begin >= stop)
            continue;
        auto const old = prior.spans.back().end;
        prior.spans.back().end = std::min(prior.spans.back().end, stop);
        std::erase_if(prior.quoted, [&](text_span const& q) { return q.begin >= stop; });
        for (auto& q : prior.quoted) q.end = std::min(q.end, stop);
        if (prior.spans.back().end != old) prior.amended_by.push_back("clause-before-cue");
    }
}

/// Whether `content` can be what was said: not an opening prepositional phrase that makes no
/// clause, not a "that" before a comma, not a subordinate clause with no main clause after it.
bool may_be_reported(cue_site const& site, text_span content) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& article = sv.article();
    auto const first = article.lowered_first({content.begin, content.begin + sv.word_at(content.begin).size()});
    // "In a letter to the council, Berg asked …": an opening prepositional phrase tells where or
    // when; it is no clause that was said (what was said comes after the cue).
    if (g::is_preposition(first) && sv.quote_closing_before(site.subject_begin) < 0 && !g::looks_like_clause(t, content.begin, content.end))
        return false;
    // "The charge against Berg is that, in May, she called for …": a "that" before a comma
    // awaits its clause; what stands before the cue is no report (its content comes after it).
    for (std::size_t p = content.begin; p < content.end; ++p) {
        if ((p != content.begin && t[p - 1] != ' ') || t[p] < 'a' || t[p] > 'z') continue;
        auto w = sv.word_at(p);
        if (g::in_class(w, wc::complementizer) && p + w.size() < content.end && t[p + w.size()] == ',' && sv.quote_at(p) < 0) return false;
    }
    // "Although Reyes said it was costly, the council agreed": a subordinate clause before the
    // main one is no clause that was said. ("Because the ferry carries more people, cutting it
    // would hurt, Reyes said": a main clause follows the subordinate one, and the whole was said.)
    if (g::is_subordinator(first) && sv.quote_at(content.begin) < 0) {
        bool main_follows = false;
        for (std::size_t p = content.begin; p < content.end && !main_follows; ++p)
            main_follows = article.separating_comma(p) && sv.quote_at(p) < 0 && g::looks_like_clause(t, sv.over_blank(p + 1), content.end);
        if (!main_follows) return false;
    }
    return true;
}

/// "The bigger risk, he said, is a clash …": the clause goes on after the cue, from `q`.
void add_what_goes_on(cue_site const& site, attribution& a, std::size_t q) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto w = sv.word_at(q);
    // (", she said, referencing …": a participle tells what else she did.)
    // ("…, she added, banning the club would be …": a gerund subject of a clause goes on.)
    // ("…, the Ledger said, including fares": "including" goes on with the clause's list.)
    bool participle = w.size() >= 5 && g::has_form(w, wf::participle) && !gerund_clause(sv, q) && !g::in_class(w, wc::including);
    // (“…,” said Anna Berg, a professor of law …, or …, said Berg, Tom Reyes: an appositive, an
    // indefinite noun phrase with no verb or a name up to the end, is no clause.)
    auto appositive = [&] {
        if (g::in_class(w, wc::indefinite_article) && !g::looks_like_clause(t, q, sv.clause_end())) return true;
        auto sp = sv.speaker_at(q);
        return sp && sv.article().proper_name(*sp) && sv.over_blank(sp->end) >= sv.clause_end();
    };
    // ("It is up to the council, he said, to keep …": an infinitive goes on with the clause)
    // ("…, Okafor said, and also “kept her seat …”": quoted words after the conjunction go on)
    bool quote_after = g::in_class(w, wc::coordinator) && sv.quote_after_conjunction(q) >= 0;
    bool opener = g::is_clause_opener(w) && !infinitive_at(sv, q) && !quote_after;
    if (q >= sv.clause_end() || w.empty() || opener || participle || sv.quote_opening_at(q) >= 0 || sv.cue_at(q) || appositive())
        return;
    attribution rest;
    reported_clause(sv, rest, trim(t, {q, sv.clause_end()}));
    if (!rest.spans.empty() && text::count_words(t, rest.spans.back(), 2) >= 2) {
        a.spans.push_back(rest.spans.back());
        a.quoted.insert(a.quoted.end(), rest.quoted.begin(), rest.quoted.end());
        if (rest.kind != quote_kind::indirect) a.kind = quote_kind::mixed;
    }
}

} // namespace

bool clause_before_cue(cue_site& site, report_list& reports) {
    if (!reports_what_stands_before(site)) return false;
    auto const& before = precedes_subject(site);
    if (!before.reported || before.quote >= 0) return false;
    auto const& sv = site.sentence;
    auto const t = sv.text();
    std::size_t const before_subject = sv.back_over_blank(site.subject_begin);
    auto stop = clause_stop(sv, before_subject);
    if (!stop) return false;
    end_earlier_reports(sv, reports, before_subject, *stop);
    // CLAUSE, X said.
    text_span content = trim(t, {sv.begin(), *stop});
    if (!may_be_reported(site, content)) return false;
    // "The senator said the plan would fail; the governor disagreed": a clause set off by a
    // semicolon that is a report of its own cue and speaker is not this one's (after a comma it
    // is: "In an email, Carter discussed …, the Times reported")
    if (t[*stop] == ';')
        for (auto const& prior : reports.items())
            if (prior.cue && prior.speaker && prior.cue->begin >= content.begin && prior.cue->end <= content.end) return false;
    // "Trump, Sexton said, has created …": a one-word start counts when the clause goes on.
    std::size_t go_on = sv.over_blank(site.after);
    bool continues = go_on < sv.end() && t[go_on] == ',' && text::count_words(t, {go_on + 1, sv.clause_end()}, 2) >= 2 &&
                     !g::is_clause_opener(sv.word_at(sv.over_blank(go_on + 1)));
    if (text::count_words(t, content, 2) < 2 && !(continues && text::count_words(t, content) == 1)) return true;
    auto a = new_report(site);
    reported_clause(sv, a, content);
    if (go_on < sv.end() && t[go_on] == ',') add_what_goes_on(site, a, sv.over_blank(go_on + 1));
    reports.keep(std::move(a));
    return true;
}

} // namespace verbatim::attribute::rules
