// attribute/attribution.cpp — the attribution of one article: each sentence's reports (its
// headline, its cues, a document that opens it), then what only the whole article shows
// (transcripts, quotations no cue reached), then the passes that amend the reports. The rules
// are in rules/, their order in sieves.cpp.
#include "attribute/attribution.hpp"

#include <algorithm>

#include "attribute/rules.hpp"

namespace verbatim::attribute {

std::vector<attribution> attribute(article_context& article, text::text_window const& window) {
    text::word_table const words(article.text(), article.layout(), window);
    article.read_window(words);
    report_list reports;
    auto const& sentences = article.layout().sentences;
    for (std::size_t si = window.first_sentence; si < window.last_sentence; ++si) {
        sentence_context sentence(article, sentences[si]);
        std::size_t const before = reports.size();
        if (!rules::headline(sentence, reports)) report_cues(sentence, reports);
        if (reports.size() == before) rules::in_document(sentence, reports);
    }
    rules::transcript(article, window, reports);
    rules::standalone_quotes(article, window, reports);
    reports.sort_by_start();
    rules::cut_at_coordinated_reports(article, reports);
    rules::drop_nested(reports);
    // (a rule that found content and speaker at once, "according to X", found the speaker too)
    for (auto& a : reports.items())
        if (a.speaker && a.speaker_rule.empty()) a.speaker_rule = a.rule;
    return std::move(reports.items());
}

std::vector<attribution> attribute(document const& doc, text::article_layout const& layout) {
    article_context article(doc, layout);
    return attribute(article, text::text_window{0, layout.sentences.size(), 0, doc.text.size()});
}

} // namespace verbatim::attribute
