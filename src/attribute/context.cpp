// attribute/context.cpp — the article and sentence contexts the rules read.
#include "attribute/context.hpp"

#include <algorithm>
#include <cctype>

namespace verbatim::attribute {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

text_span trim(std::string_view t, text_span s) {
    while (s.begin < s.end && is_space(t[s.begin])) ++s.begin;
    while (s.end > s.begin && is_space(t[s.end - 1])) --s.end;
    return s;
}

bool possessive_pronoun(std::string_view w) { return g::in_class(w, wc::possessive_determiner); }

bool is_question_word(std::string_view w) { return g::in_class(w, wc::question_word); }

void report_list::keep(attribution&& a) {
    std::erase_if(a.spans, [](text_span const& s) { return s.begin >= s.end; });
    if (!a.spans.empty()) items_.push_back(std::move(a));
}

void report_list::sort_by_start() {
// (GCC 12 warns, wrongly, that a moved speaker phrase may be used uninitialised inside std::swap;
// clang knows no such warning)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    std::sort(items_.begin(), items_.end(), [](auto const& a, auto const& b) { return a.spans.front().begin < b.spans.front().begin; });
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
}

// ---- the article ---------------------------------------------------------------------------

article_context::article_context(document const& doc, text::article_layout const& layout)
    : text_(doc.text), layout_(layout), used_(layout.quotes.size(), false) {
    for (std::size_t i = 0; i < layout.quotes.size(); ++i)
        if (layout.quotes[i].depth == 0) top_.push_back(i);
    // Continuations of each multi-paragraph quote, in order.
    next_part_.assign(layout.quotes.size(), -1);
    for (std::size_t i = 0; i < layout.quotes.size(); ++i)
        if (layout.quotes[i].continues >= 0) next_part_[static_cast<std::size_t>(layout.quotes[i].continues)] = static_cast<std::ptrdiff_t>(i);
}

std::span<std::size_t const> article_context::top_in(text::sentence const& s) const {
    auto lo = std::lower_bound(top_.begin(), top_.end(), s.begin,
                               [&](std::size_t i, std::size_t pos) { return layout_.quotes[i].close_end <= pos; });
    auto hi = lo;
    while (hi != top_.end() && layout_.quotes[*hi].open < s.end) ++hi;
    return {lo, hi};
}

std::span<std::size_t const> article_context::top_quotes_in(std::size_t begin, std::size_t end) const {
    auto opens_before = [&](std::size_t i, std::size_t pos) { return layout_.quotes[i].open < pos; };
    auto lo = std::lower_bound(top_.begin(), top_.end(), begin, opens_before);
    auto hi = std::lower_bound(lo, top_.end(), end, opens_before);
    return {lo, hi};
}

void article_context::add_quote_parts(attribution& a, std::size_t qi) {
    // From the first paragraph of a quote over several, whichever part the cue is next to.
    while (layout_.quotes[qi].continues >= 0) qi = static_cast<std::size_t>(layout_.quotes[qi].continues);
    for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(qi); i >= 0; i = next_part_[static_cast<std::size_t>(i)]) {
        auto const& q = layout_.quotes[static_cast<std::size_t>(i)];
        auto span = trim(text_, {q.inner_begin, q.inner_end});
        // “…,” he said: the comma belongs to the sentence around the quote.
        while (span.end > span.begin && text_[span.end - 1] == ',') span = trim(text_, {span.begin, span.end - 1});
        if (span.begin < span.end) {
            a.spans.push_back(span);
            a.quoted.push_back(span);
        }
        used_[static_cast<std::size_t>(i)] = true;
    }
}

std::ptrdiff_t article_context::top_closing_at(std::size_t end) const {
    // (binary search: the top-level quotations are in text order and do not overlap)
    auto it = std::lower_bound(top_.begin(), top_.end(), end,
                               [&](std::size_t i, std::size_t e) { return layout_.quotes[i].close_end < e; });
    return it != top_.end() && layout_.quotes[*it].close_end == end ? static_cast<std::ptrdiff_t>(*it) : -1;
}

std::ptrdiff_t article_context::quote_ending_before(text::sentence const& s) const {
    std::size_t p = s.begin;
    while (p > 0 && text_[p - 1] == ' ') --p;
    auto i = top_closing_at(p);
    if (i < 0) return -1;
    auto const& q = layout_.quotes[static_cast<std::size_t>(i)];
    return q.closed && q.paragraph == s.paragraph ? i : -1;
}

article_context::speaker_alone const* article_context::speaker_alone_before(std::size_t pos, std::size_t paragraph) const {
    while (pos > 0 && is_space(text_[pos - 1])) --pos;
    for (auto it = alone_.rbegin(); it != alone_.rend() && it->sentence_end >= pos; ++it) {
        std::size_t end = it->sentence_end;
        while (end > 0 && is_space(text_[end - 1])) --end;
        if (end == pos && it->paragraph == paragraph) return &*it;
    }
    return nullptr;
}

bool article_context::ends_on_own_comma(text::quote_span const& q) const {
    std::size_t e = q.inner_end;
    while (e > q.inner_begin && is_space(text_[e - 1])) --e;
    return e > q.inner_begin && text_[e - 1] == ',';
}

std::optional<text_span> article_context::signature_region(text::quote_span const& q) const {
    std::size_t p = q.close_end;
    bool comma = ends_on_own_comma(q);
    if (!comma && p < text_.size() && text_[p] == ',') comma = true, ++p;
    // (“…?” or “…!” then the writer's words: a question or a cry signed like a comma's quote)
    std::size_t e = q.inner_end;
    while (e > q.inner_begin && is_space(text_[e - 1])) --e;
    bool const cry = e > q.inner_begin && (text_[e - 1] == '?' || text_[e - 1] == '!');
    if (!comma && !cry) return std::nullopt;
    while (p < text_.size() && text_[p] == ' ') ++p;
    auto const& ss = layout_.sentences;
    auto it = std::upper_bound(ss.begin(), ss.end(), p, [](std::size_t pos, text::sentence const& s) { return pos < s.begin; });
    if (it == ss.begin() || (--it)->end < p) return std::nullopt;
    std::size_t end = it->end;
    // (a quotation of its own ends the signature: the first to open after this one closes)
    auto const& quotes = layout_.quotes;
    auto next = std::lower_bound(quotes.begin(), quotes.end(), q.close_end, [](text::quote_span const& o, std::size_t pos) { return o.open < pos; });
    if (next != quotes.end() && next->open < end) end = next->open;
    return text_span{p, end};
}

std::optional<g::speaker_phrase> article_context::name_signing(text::quote_span const& q) const {
    auto const region = signature_region(q);
    return region ? signer_in(*region) : std::nullopt;
}

std::optional<g::speaker_phrase> article_context::signer_in(text_span region) const {
    auto const sentence = text_.substr(0, region.end);
    // (“…,” Lena Okafor shot back / “…?” Okafor went on: a name, then a verb in the past; the
    // verb is no cue, but the name signs the quotation)
    auto sp = g::match_speaker(sentence, region.begin);
    if (!sp || !proper_name(*sp)) return std::nullopt;
    std::size_t w = sp->end;
    while (w < sentence.size() && is_space(sentence[w])) ++w;
    std::size_t w_end = w;
    while (w_end < sentence.size() && sentence[w_end] >= 'a' && sentence[w_end] <= 'z') ++w_end;
    auto const verb = sentence.substr(w, w_end - w);
    if (verb.size() < 3) return std::nullopt;
    // (an irregular past too, "shot back": its base form differs, and it is no plural noun's)
    bool const irregular = verb.back() != 's' && !g::has_form(verb, g::word_form::participle) && g::base_form(verb) != verb;
    if (g::has_form(verb, g::word_form::past) || g::is_finite_verb(verb) || irregular) return sp;
    return std::nullopt;
}

bool article_context::signed_after(text::quote_span const& q) const {
    auto const region = signature_region(q);
    if (!region) return false;
    if (signer_in(*region)) return true;
    auto const sentence = text_.substr(0, region->end);
    // (a few words: the signature's name and title, not a clause of the writer's own)
    constexpr int signature_words = 10;
    std::size_t p = region->begin;
    for (int words = 0; p < sentence.size() && words < signature_words; ++words) {
        while (p < sentence.size() && is_space(sentence[p])) ++p;
        if (p >= sentence.size()) return false;
        if (g::match_cue(sentence, p)) return true;
        while (p < sentence.size() && !is_space(sentence[p])) ++p;
    }
    return false;
}

bool article_context::sentence_starts_at(std::size_t pos) const {
    auto const& ss = layout_.sentences;
    auto it = std::lower_bound(ss.begin(), ss.end(), pos, [](text::sentence const& s, std::size_t p) { return s.begin < p; });
    return it != ss.end() && it->begin == pos;
}

bool article_context::thousands_comma(std::size_t p) const {
    auto digit = [&](std::size_t q) { return q < text_.size() && text_[q] >= '0' && text_[q] <= '9'; };
    return text_[p] == ',' && p > 0 && digit(p - 1) && digit(p + 1);
}

bool article_context::separating_comma(std::size_t p) const {
    return text_[p] == ',' && !(p > 0 && p + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[p - 1])) &&
                                std::isdigit(static_cast<unsigned char>(text_[p + 1])));
}

bool article_context::dash_at(std::size_t p) const {
    return text_.compare(p, 3, "\xE2\x80\x94") == 0 || text_.compare(p, 3, " --") == 0;
}

std::string article_context::lowered_first(text_span w) const {
    std::string out(text_.substr(w.begin, w.end - w.begin));
    if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

bool article_context::writes_in_lower_case(std::string_view w) const {
    // A run of lower-case letters and hyphens, not joined to a letter, digit or hyphen before it.
    auto lower = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
    if (w.empty() || !std::all_of(w.begin(), w.end(), lower)) return false;
    // A search of the text answers the first few questions; once the searches have read the
    // text sixteen times over, the article's runs are gathered once (a search per sentence was
    // quadratic in a long article).
    if (!lower_case_runs_ && lower_case_searched_ < 16 * text_.size()) {
        for (auto i = text_.find(w); i != std::string_view::npos; i = text_.find(w, i + 1)) {
            bool starts = i == 0 || !(std::isalnum(static_cast<unsigned char>(text_[i - 1])) || text_[i - 1] == '-');
            bool ends = i + w.size() == text_.size() || !lower(text_[i + w.size()]);
            if (starts && ends) {
                lower_case_searched_ += i + w.size();
                return true;
            }
        }
        lower_case_searched_ += text_.size();
        return false;
    }
    if (!lower_case_runs_) {
        lower_case_runs_.emplace();
        for (std::size_t i = 0; i < text_.size();) {
            if (!lower(text_[i])) {
                ++i;
                continue;
            }
            std::size_t e = i;
            while (e < text_.size() && lower(text_[e])) ++e;
            if (i == 0 || !std::isalnum(static_cast<unsigned char>(text_[i - 1]))) lower_case_runs_->insert(text_.substr(i, e - i));
            i = e;
        }
    }
    return lower_case_runs_->contains(w);
}

bool article_context::looks_like_title(text_span span) const {
    std::string_view body = text_.substr(span.begin, span.end - span.begin);
    if (body.empty() || body.find_first_of(".?!,;:") != std::string_view::npos) return false;
    std::size_t words = 0;
    for (std::size_t p = span.begin; p < span.end;) {
        while (p < span.end && text_[p] == ' ') ++p;
        if (p >= span.end) break;
        auto w = text_.substr(p, std::min(span.end, text_.find(' ', p)) - p);
        ++words;
        int n = 0;
        bool upper = g::is_upper_char(g::decode_utf8_at(text_, p, n)) || (w[0] >= '0' && w[0] <= '9');
        bool small = g::in_class(w, wc::title_small_word);
        if (!upper && (!small || words == 1)) return false;
        p += w.size();
    }
    return words >= 1 && words <= 8;
}

bool article_context::document_head(g::speaker_phrase const& sp) const {
    if (sp.tokens.empty()) return false;
    auto const& t = sp.tokens.back();
    auto const w = g::lower_ascii(text_.substr(t.begin, t.end - t.begin));
    return g::is_source_noun(w) || (w.size() > 3 && g::has_form(w, wf::plural) && g::is_source_noun(w.substr(0, w.size() - 1)));
}

bool article_context::proper_name(g::speaker_phrase const& sp) const {
    for (std::size_t i = 0; i < sp.tokens.size(); ++i) {
        auto const& t = sp.tokens[i];
        bool capitalised = text_[t.begin] >= 'A' && text_[t.begin] <= 'Z';
        bool fits = t.part == g::np_part::link || (t.part == g::np_part::determiner && i == 0) ||
                    (capitalised && t.part != g::np_part::pronoun && t.part != g::np_part::determiner);
        if (!fits) return false;
    }
    // (a capitalised common head after a name is part of it: "Fiscal Studies", "Public Records")
    auto n = sp.tokens.size();
    return sp.tokens.back().part == g::np_part::name || (n >= 2 && sp.tokens[n - 2].part == g::np_part::name);
}

bool article_context::all_names(g::speaker_phrase const& sp) {
    return std::all_of(sp.tokens.begin(), sp.tokens.end(),
                       [](g::np_token const& t) { return t.part == g::np_part::name || t.part == g::np_part::title; });
}

// ---- the sentence --------------------------------------------------------------------------

sentence_context::sentence_context(article_context& article, text::sentence const& s)
    : article_(article), s_(s), text_(article.text()), bound_(article.text().substr(0, s.end)), top_(article.top_in(s)),
      index_(static_cast<std::size_t>(&s - article.layout().sentences.data())) {}

std::ptrdiff_t sentence_context::quote_at(std::size_t pos) const {
    auto const& quotes = article_.layout().quotes;
    // (most positions asked about lie outside every quotation of the sentence)
    if (top_.empty() || pos < quotes[top_.front()].open || pos >= quotes[top_.back()].close_end) return -1;
    // Top-level quotations do not overlap: the last one opening at or before pos is the one.
    auto it = std::upper_bound(top_.begin(), top_.end(), pos, [&](std::size_t p, std::size_t i) { return p < quotes[i].open; });
    if (it == top_.begin()) return -1;
    auto i = *std::prev(it);
    return pos < quotes[i].close_end ? static_cast<std::ptrdiff_t>(i) : -1;
}

std::ptrdiff_t sentence_context::next_quote(std::size_t pos) const {
    auto const& quotes = article_.layout().quotes;
    auto it = std::upper_bound(top_.begin(), top_.end(), pos, [&](std::size_t p, std::size_t i) { return p < quotes[i].close_end; });
    return it == top_.end() ? -1 : static_cast<std::ptrdiff_t>(*it);
}

std::ptrdiff_t sentence_context::quote_opening_at(std::size_t pos) const {
    pos = over_blank(pos);
    auto const& quotes = article_.layout().quotes;
    auto const top = article_.top_quotes();
    auto it = std::lower_bound(top.begin(), top.end(), pos, [&](std::size_t i, std::size_t p) { return quotes[i].open < p; });
    return it != top.end() && quotes[*it].open == pos ? static_cast<std::ptrdiff_t>(*it) : -1;
}

std::ptrdiff_t sentence_context::quote_closing_before(std::size_t pos) const {
    // ",” X said" has the comma inside the quote, "”, X said" outside it.
    std::size_t p = back_over_blank(pos);
    if (p > begin() && text_[p - 1] == ',') p = back_over_blank(p - 1);
    auto i = article_.top_closing_at(p);
    return i >= 0 && article_.quote(static_cast<std::size_t>(i)).closed ? i : -1;
}

bool sentence_context::comma_closes_quote_before(std::size_t pos) const {
    auto qi = quote_closing_before(pos);
    return qi >= 0 && article_.ends_on_own_comma(article_.quote(static_cast<std::size_t>(qi)));
}

std::ptrdiff_t sentence_context::quote_after_conjunction(std::size_t pos) const {
    if (auto w = word_at(pos); g::in_class(w, wc::coordinator)) {
        pos = over_blank(pos + w.size());
        pos += g::skip_adverbs(bound_, pos);
    }
    return quote_opening_at(pos);
}

std::vector<std::size_t> const& sentence_context::words() const {
    if (words_) return *words_;
    auto& out = words_.emplace();
    auto const table = article_.words().of_sentence(index_);
    out.reserve(table.size());
    for (auto const& w : table) out.push_back(w.begin);
    return out;
}

std::optional<g::cue_match> sentence_context::cue_of_word(text::word const& w) const {
    if (w.opens_longer_cue) return g::match_cue(bound_, w.begin);
    if (w.cue < 0) return std::nullopt;
    auto c = g::cue_of_entry(w.cue);
    c.begin = w.begin;
    c.end = w.end;
    return c;
}

std::optional<g::cue_match> sentence_context::cue_of(std::size_t wi) const {
    return cue_of_word(article_.words().of_sentence(index_)[wi]);
}

std::optional<g::cue_match> sentence_context::cue_at(std::size_t pos) const {
    if (auto const* w = article_.words().starting_at(index_, pos)) return cue_of_word(*w);
    return g::match_cue(bound_, pos); // (not where a word starts: inside one, or at a mark)
}

std::size_t sentence_context::back_over_blank(std::size_t pos) const {
    while (pos > s_.begin && (is_space(text_[pos - 1]) || (pos >= 2 && text_.substr(pos - 2, 2) == "\xC2\xA0")))
        pos -= text_[pos - 1] == '\xA0' ? 2 : 1;
    return pos;
}

std::size_t sentence_context::over_blank(std::size_t pos) const {
    while (pos < s_.end && is_space(text_[pos])) ++pos;
    return pos;
}

std::string_view sentence_context::word_at(std::size_t pos) const {
    if (pos >= s_.end) return {};
    return text_.substr(pos, g::word_end_at(text_, pos, s_.end) - pos);
}

text_span sentence_context::letters_before(std::size_t pos) const {
    std::size_t e = back_over_blank(pos), b = e;
    while (b > s_.begin && ((text_[b - 1] >= 'a' && text_[b - 1] <= 'z') || (text_[b - 1] >= 'A' && text_[b - 1] <= 'Z'))) --b;
    return {b, e};
}

std::size_t sentence_context::clause_end() const {
    std::size_t e = back_over_blank(s_.end);
    while (e > s_.begin) {
        char c = text_[e - 1];
        if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == ',') --e;
        else break;
    }
    return e;
}

} // namespace verbatim::attribute
