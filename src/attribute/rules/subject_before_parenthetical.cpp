// Speaker rule "subject-before-parenthetical":
//   "Anna Berg, at a meeting in Astoria, said the ferry would stay."
// The subject opens the sentence (or a clause after "that", "when", a comma …) and a
// parenthetical stands between it and the cue: set off by commas or dashes ("Zelensky, at his
// address in Davos, blasted"), or in brackets ("Sen. John Cornyn (R-Texas) told").
#include <algorithm>

#include "attribute/clauses.hpp"
#include "attribute/phrases.hpp"
#include "attribute/rules.hpp"

namespace verbatim::attribute::rules {
namespace {

/// Where a subject may start: the sentence's first word (after an opening conjunction), and each
/// word after a subordinating word or a comma ("… ago that Michael Bloomberg, who's thinking about
/// running, said …").
std::vector<std::size_t> subject_starts(sentence_context const& sv, std::size_t wi, std::size_t open) {
    auto const t = sv.text();
    auto const& words = sv.words();
    std::vector<std::size_t> starts{open};
    for (std::size_t k = 1; k < wi; ++k) {
        auto prev = sv.word_at(words[k - 1]);
        bool after_comma = sv.back_over_blank(words[k]) > sv.begin() && t[sv.back_over_blank(words[k]) - 1] == ',';
        if (words[k] > open && (g::in_class(prev, wc::clause_lead) || after_comma))
            starts.push_back(words[k]);
    }
    return starts;
}

/// The subjects that may end at a given byte, from the starts (each start's phrase ends are read
/// once: a subject may end at any comma tried).
class subjects_ending_at {
public:
    subjects_ending_at(sentence_context const& sv, std::vector<std::size_t> starts)
        : sv_(sv), starts_(std::move(starts)), ends_from_(starts_.size()) {}

    std::optional<g::speaker_phrase> operator()(std::size_t end) {
        auto const t = sv_.text();
        for (std::size_t i = 0; i < starts_.size(); ++i) {
            auto const start = starts_[i];
            if (start >= end) break;
            if (!ends_from_[i]) ends_from_[i] = g::speaker_phrase_ends(sv_.bound(), start);
            if (std::find(ends_from_[i]->begin(), ends_from_[i]->end(), end) == ends_from_[i]->end()) continue;
            auto sp = sv_.speaker_ending_at(start, end);
            if (!sp || common_word_at_start(sv_, *sp)) continue;
            // "Hastily, Trump said": a sentence adverb, not a subject.
            if (sp->tokens.size() == 1 && g::has_form(t.substr(sp->begin, sp->end - sp->begin), wf::adverb)) continue;
            return sp;
        }
        return std::nullopt;
    }

private:
    sentence_context const& sv_;
    std::vector<std::size_t> starts_;
    std::vector<std::optional<std::vector<std::size_t>>> ends_from_;
};

/// "the Office of Roads, Bridges and Tunnels (ORBT) reported": the name the
/// acronym in the brackets at `paren` spells, back from `end` (its capitalised words give the
/// letters in order; "of", "and", "for", "the" and commas between them give none); none when the
/// words before do not spell it.
std::optional<g::speaker_phrase> name_spelled_by_acronym(sentence_context const& sv, std::size_t open, std::size_t paren, std::size_t end) {
    auto const t = sv.text();
    std::size_t close = paren + 1;
    while (close < t.size() && close - paren <= 10 && t[close] >= 'A' && t[close] <= 'Z') ++close;
    if (close >= t.size() || t[close] != ')' || close - paren - 1 < 3) return std::nullopt; // (three letters or more)
    std::string_view const acronym = t.substr(paren + 1, close - paren - 1);
    auto const& words = sv.words();
    std::size_t letter = acronym.size();
    std::vector<g::np_token> tokens;
    for (std::size_t k = words.size(); k-- > 0 && letter > 0;) {
        std::size_t const at = words[k];
        if (at >= end) continue;
        if (at < open) return std::nullopt;
        auto const w = sv.word_at(at);
        if (g::in_class(w, wc::title_small_word)) {
            if (tokens.empty()) return std::nullopt;
        } else if (w.empty() || w[0] != acronym[letter - 1]) {
            return std::nullopt;
        } else {
            --letter;
        }
        tokens.insert(tokens.begin(), g::np_token{g::np_part::name, at, at + w.size()});
    }
    // (only a name the speaker grammar cannot read whole: one with a comma or an "and" in it)
    if (letter > 0 || tokens.size() <= 2) return std::nullopt;
    bool const joined = std::any_of(tokens.begin(), tokens.end(), [&](g::np_token const& k) { return g::in_class(t.substr(k.begin, k.end - k.begin), wc::and_word); }) ||
                        t.substr(tokens.front().begin, end - tokens.front().begin).find(',') != std::string_view::npos;
    if (!joined) return std::nullopt;
    // (one word of the phrase: the resolver takes the name as written, whole)
    return g::speaker_phrase{tokens.front().begin, end, {g::np_token{g::np_part::name, tokens.front().begin, end}}};
}

/// "Kasich (R-OH) said": the subject before the brackets that end at `before`.
std::optional<g::speaker_phrase> subject_before_brackets(cue_site const& site, subjects_ending_at& subject_ending_at,
                                                         std::size_t open, std::size_t before) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& words = sv.words();
    std::size_t const wi = site.word;
    // (not "the European Union (EU) was described by …")
    if (passive(sv, before, site.cue)) return std::nullopt;
    std::size_t p = before - 1;
    while (p > open && t[p] != '(') --p;
    if (t[p] != '(') return std::nullopt;
    std::size_t const end = sv.back_over_blank(p);
    // ("… Office of Roads and Harbor Tunnels (ORHT)": the tail of a longer name names
    // no one; "the council and the Harbor Police (HP)" is a body of its own)
    // "Tom Reyes of the Harbor Institute of Water Studies (HIWS) announced": a body after "of",
    // "at" or "from" (capitalised words and "the" before it) is where the named subject before
    // it works, not the subject.
    auto const worker_before = [&](std::size_t body) -> std::optional<g::speaker_phrase> {
        auto link = sv.letters_before(body);
        while (link.begin > open && link.end > link.begin && (t[link.begin] < 'a' || g::in_class(t.substr(link.begin, link.end - link.begin), wc::definite_article)))
            link = sv.letters_before(link.begin);
        if (!g::in_class(t.substr(link.begin, link.end - link.begin), wc::affiliation_preposition)) return std::nullopt;
        auto subject = subject_ending_at(sv.back_over_blank(link.begin));
        if (subject && article_context::all_names(*subject)) return subject;
        return std::nullopt;
    };
    auto spelled = name_spelled_by_acronym(sv, open, p, end);
    if (spelled)
        if (auto worker = worker_before(spelled->begin)) return worker;
    if (auto sp = subject_ending_at(end)) {
        if (spelled && spelled->begin < sp->begin) return spelled;
        return ends_longer_name(sv, *sp) ? std::nullopt : sp;
    }
    if (spelled) return spelled;
    // "Speaking at the convention Sen. Anna Berg (D-MA) said", "… the Office of Budget Review
    // (OBR) said": where no subject opens there, the longest proper name right before the
    // parenthesis is one.
    for (std::size_t k = wi > 12 ? wi - 12 : 0; k < wi && words[k] < end; ++k)
        if (auto sp = sv.speaker_ending_at(words[k], end); sp && sv.article().proper_name(*sp)) {
            if (ends_longer_name(sv, *sp)) return std::nullopt;
            if (auto worker = worker_before(sp->begin)) return worker;
            return sp;
        }
    return std::nullopt;
}

/// Whether the phrase's head (its last word before a link word: "the acting Prime Minister" of
/// "… of Iraq") is a title or role: "the Vice President", "the Ukrainian presidential advisor".
bool role_phrase(g::speaker_phrase const& sp) {
    std::size_t n = 0;
    while (n < sp.tokens.size() && sp.tokens[n].part != g::np_part::link) ++n;
    return n > 0 && (sp.tokens[n - 1].part == g::np_part::title || sp.tokens[n - 1].part == g::np_part::role);
}

/// Whether the phrase ends in a name ("Mike Pence", "Sen. Anna Berg").
bool ends_in_name(g::speaker_phrase const& sp) { return !sp.tokens.empty() && sp.tokens.back().part == g::np_part::name; }

/// "The Vice President, Mike Pence, said", "Adil Abdul-Mahdi, the acting prime minister, spoke
/// out …, calling it", "Tony Evers, the governor of Wisconsin, said": a role and a name side by
/// side between commas (an apposition) are one speaker, and the name says who ("One news site,
/// Harbour Post, claims": a description and a name after it too). When `sp`, the
/// subject found, is a role phrase, the name is the phrase after it up to the next comma, or the
/// one that opens the sentence up to the comma before it; when `sp` is a name, the role may be the
/// parenthetical after it. The mention is the two ("The Vice President, Mike Pence"), its words
/// the name's (the resolver reads the role from the rest, see resolve/speakers.cpp).
found_speaker with_apposed_name(sentence_context const& sv, g::speaker_phrase sp, std::size_t open, std::size_t cue) {
    auto const t = sv.text();
    auto const& article = sv.article();
    if (!role_phrase(sp) && ends_in_name(sp) && sp.end < cue && t[sp.end] == ',') {
        // "Tony Evers, the governor of Wisconsin, said": the role is the parenthetical
        if (auto role = sv.speaker_at(sv.over_blank(sp.end + 1));
            role && role_phrase(*role) && role->end < cue && t[role->end] == ',' &&
            t.substr(role->end + 1, cue - role->end - 1).find(',') == std::string_view::npos)
            sp.end = role->end;
        return found_speaker{std::move(sp)};
    }
    // ("One news site, Harbour Post, claims": a description, then the name that says which)
    bool const description = sp.tokens.size() >= 2 && sp.tokens.front().part == g::np_part::determiner &&
                             sp.tokens.back().part == g::np_part::common && !role_phrase(sp);
    if (!role_phrase(sp) && !description) return found_speaker{std::move(sp)};
    if (sp.end < cue && t[sp.end] == ',') {
            if (auto name = sv.speaker_at(sv.over_blank(sp.end + 1));
            name && name->end < cue && t[name->end] == ',' && ends_in_name(*name) && article.proper_name(*name)) {
            name->begin = sp.begin;
            return found_speaker{std::move(*name)};
        }
    }
    if (std::size_t b = sv.back_over_blank(sp.begin); !description && b > open && t[b - 1] == ',') {
        // (the name opens the sentence or follows an opening phrase's comma: "Yesterday, Tony
        // Evers, the governor, …")
        std::size_t from = b - 1;
        while (from > open && t[from - 1] != ',') --from;
        from = from > open ? sv.over_blank(from) : open;
        if (auto name = sv.speaker_ending_at(from, sv.back_over_blank(b - 1)); name && ends_in_name(*name) && article.proper_name(*name)) {
            name->end = sp.end; // ("Adil Abdul-Mahdi, the acting prime minister": the same, name first)
            return found_speaker{std::move(*name)};
        }
    }
    return found_speaker{std::move(sp)};
}

/// Whether the words from `from` to the cue hold a clause of their own: a name, then a verb in
/// the past or a finite verb ("…, in Astoria, on Sunday, Anna Berg tried …, saying": no
/// parenthetical after "Astoria"; the subject is inside).
bool clause_inside(sentence_context const& sv, std::size_t from, std::size_t cue) {
    auto const t = sv.text();
    for (auto at : sv.words()) {
        if (at <= from) continue;
        if (at >= cue) break;
        auto const w = sv.word_at(at);
        if (w.size() < 3 || w[0] < 'a' || w[0] > 'z' || !(g::has_form(w, wf::past) || g::is_finite_verb(w))) continue;
        std::size_t const before = sv.back_over_blank(at);
        std::size_t const subject_end = sv.back_over_blank(before - g::skip_adverbs_backward(t, from, before));
        auto const name = sv.letters_before(subject_end);
        if (name.end != subject_end || name.end <= name.begin || name.begin <= from || t[name.begin] < 'A' || t[name.begin] > 'Z') continue;
        // (not a relative clause's: "Anna Berg, whom the Courier called …, saying")
        auto const lead = sv.letters_before(name.begin);
        bool relative = false;
        for (auto k = lead; !relative && k.begin > from && k.end > k.begin; k = sv.letters_before(k.begin))
            relative = g::in_class(t.substr(k.begin, k.end - k.begin), wc::relative_pronoun);
        if (!relative) return true;
    }
    return false;
}

std::optional<found_speaker> find(cue_site const& site) {
    auto const& sv = site.sentence;
    auto const t = sv.text();
    auto const& article = sv.article();
    auto const& words = sv.words();
    auto const& cue = site.cue;
    if (words.empty()) return std::nullopt;
    std::size_t before = sv.back_over_blank(cue.begin);
    // "Kasich (R-OH) has also said": auxiliaries and adverbs stand between
    before = sv.back_over_blank(before - g::skip_adverbs_backward(t, sv.begin(), before));
    before = before_time_phrase(sv, site.word, before); // "Rep. Anna Berg (D-Ore.) on Friday said"
    if (before <= sv.begin()) return std::nullopt;
    char c = t[before - 1];
    // (only a parenthesis, a comma or a dash before the cue can close a parenthetical)
    bool const dash_before = before >= 3 && article.dash_at(before - 3);
    if (c != ')' && c != ',' && !dash_before) return std::nullopt;
    // The subject must open the sentence (after an optional conjunction).
    std::size_t open = words[0];
    auto w0 = sv.word_at(open);
    if (g::in_class(w0, wc::leading_conjunction) && words.size() > 1) open = words[1];
    if (open >= cue.begin) return std::nullopt;
    subjects_ending_at subject_ending_at(sv, subject_starts(sv, site.word, open));
    // "Director Tom Reyes of the Harbor Institute (HI), announced": a comma after the brackets
    // (before a finite cue: "… Act (BIPA), saying" is a participle clause)
    if (c == ',' && !g::has_form(sv.word_at(cue.begin), wf::participle) && before >= 2 && sv.back_over_blank(before - 1) > open && t[sv.back_over_blank(before - 1) - 1] == ')') {
        before = sv.back_over_blank(before - 1);
        c = ')';
    }
    if (c == ')') {
        if (auto sp = subject_before_brackets(site, subject_ending_at, open, before)) return found_speaker{*sp};
        return std::nullopt;
    }
    // Back over the parenthetical to a comma (or dash) that ends the subject.
    std::size_t close = dash_before ? before - 3 : before - 1;
    for (std::size_t p = close; p-- > open;) {
        // (a parenthetical closed by a dash opens with one: "X —A, B— said")
        bool comma = t[p] == ',' && !dash_before;
        bool dash = p + 3 <= close && article.dash_at(p);
        if (!comma && !dash) continue;
        std::size_t end = sv.back_over_blank(p);
        if (end > open && t[end - 1] == ')') {
            std::size_t q = end - 1;
            while (q > open && t[q] != '(') --q;
            end = sv.back_over_blank(q);
        }
        if (auto sp = subject_ending_at(end)) {
            // (a participle's subject is the main clause's: a clause between is that one)
            if (g::has_form(sv.word_at(cue.begin), wf::participle) && clause_inside(sv, p, cue.begin)) return std::nullopt;
            return with_apposed_name(sv, *sp, open, cue.begin);
        }
    }
    return std::nullopt;
}

} // namespace

verdict subject_before_parenthetical(cue_site& site, report_list&) {
    auto sp = find(site);
    if (!sp) return verdict::pass;
    site.speaker = std::move(*sp);
    return verdict::found;
}

} // namespace verbatim::attribute::rules
