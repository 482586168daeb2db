// Article rule "transcript":
//   "Ferry talks
//
//    The mayor spoke to the radio on Monday.
//
//    The council chair joined her.
//
//    BERG: We will keep the ferry running.
//
//    REYES: We cannot afford it this year.
//
//    BERG: We must keep it running."
// Interview transcripts: paragraphs that open with their speaker's name and a colon ("BERG: We
// will build it.", "Anna Berg: We will build it.") hold that speaker's own words, when nothing
// else in the paragraph was attributed. Only in a dialogue (some speaker has two turns or more,
// by surname: "ANNA BERG: …" then "BERG: …"): a list of labelled paragraphs ("Iowa: …", "New
// Hampshire: …") or a one-off label ("Editor's note: …") is no transcript. Not the headline, nor
// a place, a body or one everyday word, nor "Q" or "A" as the label. A transcript printed as one
// long quotation opens each turn with a quote mark ("“BERG: We will …"): there the label starts
// after the mark, and the quotation the paragraphs make together is no one's turn. A label may
// stand in double brackets, as some sites print their interviewer ("((TC)) : Why are you running?");
// where only the interviewer's turns are labelled, the paragraph after each is the answer of the
// person the article named before the interview.
#include <algorithm>
#include <cctype>
#include <limits>

#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

struct turn {
    std::size_t paragraph;
    g::speaker_phrase speaker;
    text_span content;
    std::string key; ///< the label's last word, upper case
};

class transcript_reader {
public:
    transcript_reader(article_context& article, text::text_window const& window, report_list& reports)
        : article_(article), window_(window), reports_(reports), t_(article.text()), paragraphs_(article.layout().paragraphs) {
        // (the window's paragraphs: those that begin in it)
        auto begins_before = [](text_span const& para, std::size_t pos) { return para.begin < pos; };
        first_ = static_cast<std::size_t>(std::lower_bound(paragraphs_.begin(), paragraphs_.end(), window.begin, begins_before) - paragraphs_.begin());
        last_ = static_cast<std::size_t>(std::lower_bound(paragraphs_.begin(), paragraphs_.end(), window.end, begins_before) - paragraphs_.begin());
    }

    void run() {
        auto const attributed = first_reports();
        std::vector<turn> turns;
        for (std::size_t pi = std::max<std::size_t>(1, first_); pi < last_; ++pi)
            if (auto tn = turn_at(pi, attributed[pi - first_])) turns.push_back(std::move(*tn));
        bool dialogue = false;
        for (std::size_t i = 0; i < turns.size() && !dialogue; ++i)
            for (std::size_t j = i + 1; j < turns.size() && !dialogue; ++j) dialogue = turns[i].key == turns[j].key;
        if (!dialogue) return;
        auto answers = answers_of(turns, attributed);
        keep_turns(std::move(turns));
        for (auto& a : answers) reports_.keep(std::move(a));
    }

private:
    /// (A turn's own "I think …" or "we hope to …" is the turn's speaker talking: it leaves the
    /// paragraph to the label.)
    bool first_or_second_person(attribution const& a) const {
        auto who = a.speaker ? t_.substr(a.speaker->begin, a.speaker->end - a.speaker->begin) : std::string_view{};
        who = who.substr(0, std::min(who.find('\''), who.find("\xE2\x80\x99"))); // ("You've said …")
        return g::in_class(who, wc::first_or_second_person);
    }
    /// Bytes of a quote mark opening paragraph `pi`, or 0.
    std::size_t mark_at(std::size_t pi) const {
        auto const& para = paragraphs_[pi];
        auto m = g::match_quote_mark(t_.substr(0, para.end), para.begin);
        return m ? m->length : 0;
    }
    /// The paragraph byte `pos` is in (a quotation's introducer may stand in the one before).
    std::size_t paragraph_at(std::size_t pos) const {
        auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), pos, [](std::size_t p, text_span const& para) { return p < para.begin; });
        return static_cast<std::size_t>(it - paragraphs_.begin()) - 1;
    }
    std::size_t opening_paragraph(attribution const& a) const { return paragraph_at(a.spans.front().begin); }
    bool in_quoted_turn(attribution const& a) const {
        if (a.kind != quote_kind::direct || a.spans.empty() || a.spans.front().begin < paragraphs_.front().begin) return false;
        auto const pi = opening_paragraph(a);
        auto const mark = mark_at(pi);
        return mark > 0 && a.spans.front().begin == paragraphs_[pi].begin + mark;
    }

    /// Where the first report of each paragraph starts (its content, speaker or cue): a report
    /// after the label's colon is inside the turn ("BERG: The board chair, who said …").
    std::vector<std::size_t> first_reports() const {
        std::vector<std::size_t> attributed(last_ - first_, std::numeric_limits<std::size_t>::max());
        for (auto const& a : reports_.items())
            if (!first_or_second_person(a) && !in_quoted_turn(a))
                for (auto const& sp : a.spans) // (each paragraph of the report)
                    for (std::size_t pi = std::max(a.paragraph, first_); pi < last_ && paragraphs_[pi].begin < sp.end; ++pi)
                        if (paragraphs_[pi].end > sp.begin) {
                            std::size_t first = std::max(sp.begin, paragraphs_[pi].begin);
                            if (a.speaker && a.speaker->begin < first) first = a.speaker->begin;
                            if (a.cue && a.cue->begin < first) first = a.cue->begin;
                            attributed[pi - first_] = std::min(attributed[pi - first_], first);
                        }
        return attributed;
    }

    /// The turn paragraph `pi` opens with its label, if it does (and no report starts before the
    /// label's colon).
    std::optional<turn> turn_at(std::size_t pi, std::size_t attributed) const {
        auto const& para = paragraphs_[pi];
        std::size_t const mark = mark_at(pi);
        if (attributed <= para.begin + mark) return std::nullopt;
        std::size_t start = para.begin + mark;
        std::size_t colon = start;
        std::size_t label_end = 0; // (where a label in double brackets ends: "((TC)) : …")
        bool bracketed_alone = false; // ("((TC))  Why …?": the brackets alone set the label off)
        if (t_.substr(start).starts_with("((")) {
            auto const close = t_.find("))", start + 2);
            if (close == std::string_view::npos || close > start + 22 || close >= para.end) return std::nullopt;
            colon = close + 2;
            while (colon < para.end && t_[colon] == ' ') ++colon;
            label_end = close;
            start += 2;
            bracketed_alone = colon < para.end && colon > close + 2 && t_[colon] != ':';
        } else {
            while (colon < para.end && colon < start + 40 && t_[colon] != ':' && t_[colon] != ',' && t_[colon] != '.' && t_[colon] != '\n')
                ++colon;
            label_end = colon;
        }
        if (bracketed_alone) {
            if (attributed <= colon) return std::nullopt;
            --colon; // (the content starts after the blank, as after a colon)
        } else if (colon >= para.end || colon == start || t_[colon] != ':' || colon + 1 >= para.end || t_[colon + 1] != ' ' ||
                   attributed <= colon) {
            return std::nullopt;
        }
        for (std::size_t p = start; p < label_end; ++p) // every word of the label capitalised
            if ((p == start || t_[p - 1] == ' ') && !(t_[p] >= 'A' && t_[p] <= 'Z')) return std::nullopt;
        auto const bound = t_.substr(0, para.end);
        auto sp = g::match_speaker_ending_at(bound, start, label_end);
        if (!sp || sp->tokens.size() > 4 || sp->tokens.back().part == g::np_part::determiner) return std::nullopt;
        auto label = t_.substr(sp->begin, sp->end - sp->begin);
        auto const& head = sp->tokens.back();
        auto last = t_.substr(head.begin, head.end - head.begin);
        // ("Q:" and "A:" name no one: the interviewee's name is elsewhere)
        if (label.size() < 2 || (sp->tokens.size() == 1 && g::is_common_word(last)) || g::is_place_name(label) || g::is_organization_name(label))
            return std::nullopt;
        text_span content = trim(t_, {colon + 1, para.end});
        if (mark > 0) // the quotation's closing mark, in its last turn
            for (std::size_t k = 1; k <= 3 && k < content.end - content.begin; ++k)
                if (auto m = g::match_quote_mark(bound, content.end - k); m && m->length == k) {
                    content = trim(t_, {content.begin, content.end - k});
                    break;
                }
        if (text::count_words(t_, content, 2) < 2) return std::nullopt;
        std::string key(last);
        for (auto& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return turn{pi, *sp, content, std::move(key)};
    }

    /// An interview where only the interviewer's turns are labelled ("((TC)) : Why …?" and the
    /// answer after it as a paragraph of its own): each paragraph right after a turn, with no
    /// report in it, is the interviewee's answer (see person_named_before: "The Courier spoke to …,
    /// Lena Ostrova, who …. Ostrova is …").
    std::vector<attribution> answers_of(std::vector<turn> const& turns, std::vector<std::size_t> const& attributed) const {
        std::vector<attribution> out;
        if (std::any_of(turns.begin(), turns.end(), [&](turn const& tn) { return tn.key != turns.front().key; })) return out;
        auto const interviewee = person_named_before(turns.front().paragraph);
        if (!interviewee) return out;
        std::vector<bool> is_turn(last_ - first_, false);
        for (auto const& tn : turns) is_turn[tn.paragraph - first_] = true;
        for (auto const& tn : turns) {
            auto const pi = tn.paragraph + 1;
            if (pi >= last_ || is_turn[pi - first_] || attributed[pi - first_] != std::numeric_limits<std::size_t>::max()) continue;
            auto const content = trim(t_, paragraphs_[pi]);
            if (text::count_words(t_, content, 3) < 3 || mark_at(pi) > 0 || names_person(content, *interviewee) ||
                !g::looks_like_clause(t_, content.begin, content.end)) // (a caption: "Councillor Piet Vos. Image: …")
                continue;
            attribution a;
            a.kind = quote_kind::direct;
            a.speaker = *interviewee;
            a.paragraph = pi;
            a.spans = {content};
            a.quoted = {content};
            a.rule = transcript_rule;
            a.speaker_rule = "interviewee";
            out.push_back(std::move(a));
        }
        return out;
    }

    /// The person an interview is with: the first name in the paragraph before the interview's
    /// first turn (`pi`) that names no place, body, outlet or everyday thing ("The Courier spoke to one
    /// of the candidates, Lena Ostrova, …", "With the Courier, Ostrova discusses …"; a surname
    /// alone is resolved to the person the article named in full).
    std::optional<g::speaker_phrase> person_named_before(std::size_t pi) const {
        // (back over the interviewer's questions that lost their label, ": Why are you running?")
        while (pi > 1 && (t_[paragraphs_[pi - 1].begin] == ':' || t_.substr(paragraphs_[pi - 1].begin, paragraphs_[pi - 1].end - paragraphs_[pi - 1].begin).find('?') != std::string_view::npos))
            --pi;
        if (pi == 0) return std::nullopt;
        auto const& para = paragraphs_[pi - 1];
        auto const bound = t_.substr(0, para.end);
        for (std::size_t at = para.begin; at < para.end;) {
            std::size_t end = at;
            while (end < para.end && (std::isalpha(static_cast<unsigned char>(t_[end])) || t_[end] == '-')) ++end;
            bool const opens_sentence = at == para.begin || (at >= 2 && t_[at - 1] == ' ' && (t_[at - 2] == '.' || t_[at - 2] == '?'));
            if (end > at && t_[at] >= 'A' && t_[at] <= 'Z' && !opens_sentence) {
                std::size_t name_end = end;
                for (std::size_t q = end; q + 1 < para.end && t_[q] == ' ' && t_[q + 1] >= 'A' && t_[q + 1] <= 'Z';) {
                    std::size_t e = q + 1;
                    while (e < para.end && (std::isalpha(static_cast<unsigned char>(t_[e])) || t_[e] == '-')) ++e;
                    name_end = q = e;
                }
                auto const name = t_.substr(at, name_end - at);
                // (nor one after "the": "The Courier spoke to …" names a body)
                auto before = t_.substr(para.begin, at - para.begin);
                while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                auto const word_before = before.substr(before.find_last_of(' ') == std::string_view::npos ? 0 : before.find_last_of(' ') + 1);
                bool const definite = g::in_class(g::lower_ascii(word_before), wc::definite_article);
                bool const thing = definite || g::is_place_name(name) || g::is_organization_name(name) || g::is_outlet_name(name) ||
                                   g::is_name_of_common_words(name) || g::is_title_word(name);
                if (!thing)
                    if (auto sp = g::match_speaker_ending_at(bound, at, name_end);
                        sp && sp->begin == at && std::all_of(sp->tokens.begin(), sp->tokens.end(), [](g::np_token const& w) { return w.part == g::np_part::name; }))
                        return sp;
                at = name_end;
            }
            at = std::max(end, at) + 1;
        }
        return std::nullopt;
    }

    /// Whether a paragraph writes the interviewee's surname (an answer does not speak of its
    /// speaker so: a caption or the writer's own paragraph does).
    bool names_person(text_span para, g::speaker_phrase const& person) const {
        auto const& last = person.tokens.back();
        auto const surname = t_.substr(last.begin, last.end - last.begin);
        return t_.substr(para.begin, para.end - para.begin).find(surname) != std::string_view::npos;
    }

    void keep_turns(std::vector<turn> turns) {
        // The turn holds what its speaker says of themselves: no second report of it.
        std::vector<bool> turns_here(last_ - first_, false); // (by paragraph, from first_)
        for (auto const& tn : turns) turns_here[tn.paragraph - first_] = true;
        auto turn_at = [&](std::size_t pi) { return pi >= first_ && pi < last_ && turns_here[pi - first_]; };
        std::erase_if(reports_.items(), [&](attribution const& a) {
            return (turn_at(a.paragraph) && first_or_second_person(a)) || (in_quoted_turn(a) && turn_at(opening_paragraph(a)));
        });
        // (nor is the quotation the quoted turns make together, nor a quote inside a turn)
        auto const& quotes = article_.layout().quotes;
        auto opens_before = [](text::quote_span const& q, std::size_t pos) { return q.open < pos; };
        std::size_t const from = std::max(window_.begin, paragraphs_.front().begin);
        auto i = static_cast<std::size_t>(std::lower_bound(quotes.begin(), quotes.end(), from, opens_before) - quotes.begin());
        for (; i < quotes.size() && quotes[i].open < window_.end; ++i)
            if (turn_at(paragraph_at(quotes[i].open))) article_.use(i);
        for (auto& tn : turns) {
            attribution a;
            a.kind = quote_kind::direct;
            a.speaker = std::move(tn.speaker);
            a.paragraph = tn.paragraph;
            a.spans = {tn.content};
            a.quoted = {tn.content};
            a.rule = transcript_rule;
            reports_.keep(std::move(a));
        }
    }

    article_context& article_;
    text::text_window const& window_;
    std::size_t first_ = 0, last_ = 0; ///< the window's paragraphs [first_, last_)
    report_list& reports_;
    std::string_view t_;
    std::vector<text_span> const& paragraphs_;
};

} // namespace

void transcript(article_context& article, text::text_window const& window, report_list& reports) {
    if (article.layout().paragraphs.empty()) return;
    transcript_reader(article, window, reports).run();
}

} // namespace verbatim::attribute::rules
