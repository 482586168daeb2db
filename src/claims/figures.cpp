// claims/figures.cpp — the numbers an article states in its own voice. A sentence of the body
// that holds a counted or measured quantity outside the quotations of named speakers becomes a
// figure: a claim reported by the article ("Thirteen new cases were recorded in Victoria
// yesterday", "UK inflation held at 8.7% in May"), so that one count can be followed from report
// to report (track/numbers.cpp). What a named speaker says is that speaker's claim already.
#include <algorithm>
#include <cctype>
#include <optional>

#include "language.hpp"
#include "claims/figures.hpp"
#include "text/segment.hpp"
#include "verbatim/claims.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim {
namespace {

namespace g = grammars;

/// Whether the sentence may hold a number: a digit or a number word (most have neither, and
/// reading one costs more than this look).
bool may_hold_number(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= '0' && c <= '9') return true;
        if (!std::isalpha(c)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
        // (a number word is short: lower-cased on the stack, the longer words not looked up)
        char lower[16];
        if (end - i >= 3 && end - i <= sizeof lower) {
            for (std::size_t k = i; k < end; ++k) lower[k - i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
            bool multiplier = false;
            if (g::number_word_value(std::string_view(lower, end - i), multiplier)) return true;
        }
        i = end;
    }
    return false;
}

} // namespace

bool is_measured(quantity const& q) {
    if (q.unit.empty() || q.is_year) return false;
    auto unit = q.unit.view();
    auto first = unit.substr(0, unit.find(' '));
    // ("two days", "three years old": a stretch of time or an age is no count of a thing; the
    // unit as written follows the amount in the quantity's text: "30 minutes")
    std::string_view written = q.text;
    written = written.find(' ') == std::string_view::npos ? std::string_view{} : written.substr(written.find(' ') + 1);
    return !g::is_time_unit(first) && !g::is_time_unit(written.substr(0, written.find(' ')));
}

namespace {

/// The figure sentences of an article with the form of each (read from what was measured).
std::vector<std::pair<figure_sentence, claim_form>> read_figures(document const& doc, text::article_layout const& layout,
                                                                 std::vector<quotation> const& quotes) {
    std::vector<std::pair<figure_sentence, claim_form>> out;
    std::string_view const text = doc.text;
    // What named speakers say is blanked out: their claims hold those numbers.
    std::vector<text_span> said;
    for (auto const& q : quotes)
        if (q.speaker && is_named_entity(q.speaker->entity))
            for (auto const& s : q.spans) said.push_back(s);
    std::sort(said.begin(), said.end(), [](text_span a, text_span b) { return a.begin < b.begin; });
    std::size_t first_said = 0; // (sentences come in text order: the spans before them are done)
    auto const first_paragraph = layout.headline ? 1u : 0u;
    for (auto const& s : layout.sentences) {
        while (first_said < said.size() && said[first_said].end <= s.begin) ++first_said;
        if (s.begin < doc.body_begin || s.paragraph < first_paragraph) continue;
        auto sentence = text.substr(s.begin, s.end - s.begin);
        if (!may_hold_number(sentence)) continue;
        figure_sentence f;
        f.sentence = {s.begin, s.end};
        f.measured = std::string(sentence);
        bool blanked = false;
        for (auto j = first_said; j < said.size() && said[j].begin < s.end; ++j) {
            auto const& sp = said[j];
            if (sp.end <= s.begin) continue;
            auto b = std::max<std::size_t>(sp.begin, s.begin) - s.begin, e = std::min<std::size_t>(sp.end, s.end) - s.begin;
            std::fill(f.measured.begin() + static_cast<std::ptrdiff_t>(b), f.measured.begin() + static_cast<std::ptrdiff_t>(e), ' ');
            blanked = true;
        }
        if (blanked && !may_hold_number(f.measured)) continue;
        auto form = analyse_claim(f.measured);
        std::erase_if(form.quantities, [](quantity const& q) { return !is_measured(q); });
        // (a number of nothing named can be followed in no series: no figure)
        if (form.quantities.empty() || form.names().empty()) continue;
        if (!blanked) f.measured.clear();
        out.emplace_back(std::move(f), std::move(form));
    }
    return out;
}

/// The claim of a figure sentence whose form is read. It keeps of its word lists those the number
/// series read (terms, names, times): a corpus states millions of numbers.
claim figure_of(document const& doc, text_span sentence, claim_form form) {
    claim c;
    claim_lists lists;
    lists.terms.assign(form.terms().begin(), form.terms().end());
    lists.names.assign(form.names().begin(), form.names().end());
    lists.times.assign(form.times().begin(), form.times().end());
    form.set_lists(lists);
    c.form = std::move(form);
    c.form.text = {};
    c.reported = true;
    c.doc = intern(doc.id);
    c.date = intern(doc.date);
    c.title = intern(doc.title);
    c.url = intern(doc.url);
    c.form_kind = quote_kind::indirect;
    c.text = std::string(std::string_view(doc.text).substr(sentence.begin, sentence.end - sentence.begin));
    for (auto& ch : c.text)
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    c.at = sentence.begin;
    return c;
}

} // namespace

std::vector<figure_sentence> figure_sentences(document const& doc, std::vector<quotation> const& quotes) {
    std::vector<figure_sentence> out;
    for (auto& [f, form] : read_figures(doc, text::lay_out(doc), quotes)) out.push_back(std::move(f));
    return out;
}

std::optional<claim> figure_claim(document const& doc, text_span sentence, std::string_view measured) {
    auto form = analyse_claim(measured.empty() ? std::string_view(doc.text).substr(sentence.begin, sentence.end - sentence.begin) : measured);
    std::erase_if(form.quantities, [](quantity const& q) { return !is_measured(q); });
    if (form.quantities.empty() || form.names().empty()) return std::nullopt;
    return figure_of(doc, sentence, std::move(form));
}

std::vector<claim> figures_of(document const& doc, text::article_layout const& layout, std::vector<quotation> const& quotes) {
    std::vector<claim> out;
    for (auto& [f, form] : read_figures(doc, layout, quotes)) out.push_back(figure_of(doc, f.sentence, std::move(form)));
    return out;
}

std::vector<claim> figures_of(document const& doc, std::vector<quotation> const& quotes) { return figures_of(doc, text::lay_out(doc), quotes); }

} // namespace verbatim
