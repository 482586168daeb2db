// pipeline/article.cpp — extract_quotations: the pipeline for one article (text layout,
// attribution, resolution).
#include <iterator>

#include "attribute/attribution.hpp"
#include "attribute/cue_meaning.hpp"
#include "claims/figures.hpp"
#include "pipeline/article.hpp"
#include "attribute/context.hpp"
#include "language.hpp"
#include "resolve/speakers.hpp"
#include "text/segment.hpp"
#include "verbatim/quotation.hpp"

namespace verbatim {

namespace {

/// An article is read in windows of this many bytes (text::windows_of): every real article is
/// one window; a transcript or a book of megabytes is read, and handed on, a window at a time.
constexpr std::size_t window_bytes = std::size_t{1} << 20U;

} // namespace

void extract_quotations(document const& doc, std::function<void(std::vector<quotation>&)> const& part,
                        std::vector<diagnostic>* notes) {
    auto layout = text::lay_out(doc, notes);
    grammars::word_memo_scope memo(doc.text); // phrases are tried from many starts: each word read once
    attribute::article_context article(doc, layout);
    resolve::article_speakers speakers(doc, layout);
    for (auto const& window : text::windows_of(layout, doc.text.size(), window_bytes)) {
        auto quotes = speakers.resolve(attribute::attribute(article, window));
        part(quotes);
    }
}

std::vector<quotation> extract_findings(document const& doc, std::vector<diagnostic>* notes, std::vector<claim>* figures) {
    auto layout = text::lay_out(doc, notes);
    std::vector<quotation> all;
    {
        grammars::word_memo_scope memo(doc.text); // phrases are tried from many starts: each word read once
        attribute::article_context article(doc, layout);
        resolve::article_speakers speakers(doc, layout);
        for (auto const& window : text::windows_of(layout, doc.text.size(), window_bytes)) {
            auto quotes = speakers.resolve(attribute::attribute(article, window));
            if (all.empty()) all = std::move(quotes);
            else all.insert(all.end(), std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()));
        }
    }
    if (figures) *figures = figures_of(doc, layout, all);
    return all;
}

std::vector<quotation> extract_quotations(document const& doc, std::vector<diagnostic>* notes) { return extract_findings(doc, notes, nullptr); }

std::string content_text(document const& doc, quotation const& q) {
    std::string out;
    for (auto const& s : q.spans) {
        if (!out.empty()) out += " \xE2\x80\xA6 ";
        out += doc.text.substr(s.begin, s.end - s.begin);
    }
    return out;
}

void use_word_list_folder(std::string const& folder) { grammars::use_word_list_folder(folder); }

cue_meaning meaning_of_cue(std::string_view written) {
    while (!written.empty() && written.back() == ' ') written.remove_suffix(1);
    // The whole cue when the word lists hold it ("according to"), else its verb, its last word.
    auto const whole = grammars::lower_ascii(written);
    if (auto m = whole.empty() ? std::nullopt : grammars::match_cue(whole, 0); m && m->end == whole.size()) return attribute::meaning_of(*m);
    auto const verb = written.substr(written.rfind(' ') == std::string_view::npos ? 0 : written.rfind(' ') + 1);
    auto const lower = grammars::lower_ascii(verb);
    auto m = lower.empty() ? std::nullopt : grammars::match_cue(lower, 0);
    if (!m || m->end != lower.size()) return {};
    return attribute::meaning_of(*m);
}

std::string_view to_string(cue_class k) {
    switch (k) {
    case cue_class::speech: return "speech";
    case cue_class::denial: return "denial";
    case cue_class::question: return "question";
    case cue_class::belief: return "belief";
    case cue_class::intention: return "intention";
    case cue_class::report: return "report";
    }
    return "speech";
}

std::string_view to_string(mention_kind k) {
    switch (k) {
    case mention_kind::name: return "name";
    case mention_kind::description: return "description";
    case mention_kind::pronoun: return "pronoun";
    }
    return "name";
}

std::string_view to_string(quote_kind k) {
    switch (k) {
    case quote_kind::direct: return "direct";
    case quote_kind::mixed: return "mixed";
    case quote_kind::indirect: return "indirect";
    }
    return "direct";
}

std::string_view to_string(speaker_kind k) {
    switch (k) {
    case speaker_kind::person: return "person";
    case speaker_kind::organization: return "organization";
    case speaker_kind::place: return "place";
    case speaker_kind::media: return "media";
    case speaker_kind::group: return "group";
    case speaker_kind::unknown: return "unknown";
    }
    return "unknown";
}

quote_kind parse_quote_kind(std::string_view name) {
    for (auto k : {quote_kind::direct, quote_kind::mixed, quote_kind::indirect})
        if (to_string(k) == name) return k;
    return quote_kind::direct;
}

speaker_kind parse_speaker_kind(std::string_view name) {
    for (auto k : {speaker_kind::person, speaker_kind::organization, speaker_kind::place, speaker_kind::media, speaker_kind::group})
        if (to_string(k) == name) return k;
    return speaker_kind::unknown;
}

mention_kind parse_mention_kind(std::string_view name) {
    for (auto k : {mention_kind::description, mention_kind::pronoun})
        if (to_string(k) == name) return k;
    return mention_kind::name;
}

cue_class parse_cue_class(std::string_view name) {
    for (auto k : {cue_class::denial, cue_class::question, cue_class::belief, cue_class::intention, cue_class::report})
        if (to_string(k) == name) return k;
    return cue_class::speech;
}

} // namespace verbatim
