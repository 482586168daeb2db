// Sentence rule "headline":
//   "Anna Berg: Ferry Will Stay In Service
//
//    The council met on Monday."
// A headline's own attribution: "NAME: CONTENT", "NAME: “CONTENT” …" or "NAME Says CONTENT"
// (the cue in title case), the name opening the headline (the layout's headline: the first
// paragraph, one short sentence, more after it). One everyday word labels a series, it does not
// speak ("The Latest: …", "Analysis: …").
#include "attribute/clauses.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// Who the headline's opening phrase ending at `before` names, if it can speak.
std::optional<g::speaker_phrase> label(sentence_context const& sv, std::size_t before) {
    auto sp = sv.speaker_ending_at(sv.begin(), before);
    if (!sp || sp->tokens.size() > 6 || sp->tokens.back().part == g::np_part::determiner) return std::nullopt;
    auto const& head = sp->tokens.back();
    bool lone = sp->tokens.size() == 1 || (sp->tokens.size() == 2 && sp->tokens[0].part == g::np_part::determiner);
    if (lone && head.part == g::np_part::name && g::is_common_word(sv.text().substr(head.begin, head.end - head.begin)) &&
        !sv.article().document_head(*sp))
        return std::nullopt;
    return sp;
}

/// A report of the headline's content with `speaker` (and `cue`, if one is written).
void keep_headline(sentence_context const& sv, report_list& reports, g::speaker_phrase speaker, std::optional<g::cue_match> cue,
                   text_span content) {
    attribution a;
    a.cue = cue;
    a.speaker = std::move(speaker);
    a.paragraph = 0;
    a.rule = "headline";
    reported_clause(sv, a, content);
    reports.keep(std::move(a));
}

} // namespace

bool headline(sentence_context& sv, report_list& reports) {
    auto const& article = sv.article();
    if (!article.layout().headline || sv.paragraph() != 0) return false;
    auto const t = sv.text();
    auto const& words = sv.words();
    // "NAME: “CONTENT” …": the content opens with a quotation (whose words are not among the
    // words above)
    for (std::size_t p = sv.begin(); p < sv.end() && (words.size() < 8 || p < words[7]); ++p) {
        if (sv.quote_at(p) >= 0) break;
        if (t[p] != ':') continue;
        std::size_t const open = sv.over_blank(p + 1);
        if (sv.quote_opening_at(open) < 0) break;
        auto sp = label(sv, sv.back_over_blank(p));
        if (!sp) return false;
        keep_headline(sv, reports, *sp, std::nullopt, trim(t, {open, sv.clause_end()}));
        return true;
    }
    for (std::size_t wi = 1; wi < words.size() && wi < 8; ++wi) {
        std::size_t const w = words[wi];
        std::size_t before = sv.back_over_blank(w);
        std::optional<g::cue_match> cue;
        std::size_t content_from = 0;
        if (before > sv.begin() && t[before - 1] == ':' && sv.quote_at(before - 1) < 0) {
            // "NAME: CONTENT"
            before = sv.back_over_blank(before - 1);
            content_from = w;
        } else if (t[w] >= 'A' && t[w] <= 'Z') {
            // "NAME Says CONTENT": the cue in title case
            auto const lowered = article.lowered_first({w, w + sv.word_at(w).size()});
            auto c = g::match_cue(lowered, 0);
            if (!c || c->kind != g::cue_class::speech || c->end != lowered.size() || !c->bare_clause) continue;
            cue = *c; // (its place is the title-case word's)
            cue->begin = w;
            cue->end = w + lowered.size();
            content_from = sv.over_blank(cue->end);
        } else {
            continue;
        }
        auto sp = label(sv, before);
        if (!sp) return false;
        text_span content = trim(t, {content_from, sv.clause_end()});
        if (text::count_words(t, content, 2) < 2) return false;
        keep_headline(sv, reports, *sp, cue, content);
        return true;
    }
    return false;
}

} // namespace verbatim::attribute::rules
