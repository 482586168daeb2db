// Sentence rule "in-document":
//   "In a city survey published Friday, most residents backed the ferry."
// A document or poll named by an opening "In …" is the source of the clause after its comma, when
// no cue in the sentence reported it ("In a statement, “…”": quoted words are someone's, found
// otherwise).
#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {

void in_document(sentence_context& sv, report_list& reports) {
    auto const t = sv.text();
    std::size_t p = sv.over_blank(sv.begin());
    auto first = sv.word_at(p);
    if (!g::in_class(first, wc::in_word)) return;
    p = sv.over_blank(p + first.size());
    // the noun phrase up to the comma, its head a document word ("poll", "survey", "statement")
    std::size_t comma = p;
    while (comma < sv.clause_end() && t[comma] != ',' && sv.quote_at(comma) < 0 && comma - p < 150) ++comma;
    if (comma >= sv.clause_end() || t[comma] != ',') return;
    auto sp = source_phrase(sv, p);
    if (!sp || !sv.article().document_head(*sp)) return;
    text_span content = trim(t, {comma + 1, sv.clause_end()});
    auto words = text::count_words(t, content, 5);
    if (words < 3 || (words < 5 && !g::looks_like_clause(t, content.begin, content.end))) return;
    for (std::size_t q = content.begin; q < content.end; ++q)
        if (sv.quote_at(q) >= 0) return;
    attribution a;
    a.speaker = sp;
    a.paragraph = sv.paragraph();
    a.rule = "in-document";
    reported_clause(sv, a, content);
    reports.keep(std::move(a));
}

} // namespace verbatim::attribute::rules
