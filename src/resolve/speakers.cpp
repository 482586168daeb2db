#include "resolve/speakers.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "attribute/cue_meaning.hpp"
#include "language.hpp"
#include "resolve/confidence.hpp"
#include "resolve/phrase_parts.hpp"
#include "text/scan.hpp"
#include "verbatim/speakers.hpp"

namespace verbatim::resolve {
namespace g = verbatim::grammars;
using namespace detail;
namespace {

struct resolved {
    std::string name, role;
    speaker_kind kind = speaker_kind::unknown;
    std::size_t at = 0; ///< where it was written
    g::gender gender = g::gender::unknown;
};

/// How many speakers back a title mention ("the minister") or a pronoun looks for its person.
constexpr std::size_t max_look_back = 200;
/// How far back (bytes) he or she looks for its speaker or a person the article named.
constexpr std::size_t max_pronoun_reach = 5000;
/// How far back (bytes) "the court" looks for the body the article named.
constexpr std::size_t max_body_reach = 20000;
/// Speakers kept from window to window (far more than a title or pronoun looks back over).
constexpr std::size_t kept_speakers = 4096;

} // namespace

/// The speakers of one article, resolved against what the article names.
class speaker_resolver {
public:
    speaker_resolver(document const& doc, text::article_layout const& layout) : text_(doc.text) {
        index_names(layout);
    }

    /// A new window begins: its reports resolve no phrase of the last one again (the cache is
    /// emptied), and the speakers looked back at stay bounded (a long text keeps the last ones).
    void next_window() {
        cache_.clear();
        if (speakers_.size() > 2 * kept_speakers) speakers_.erase(speakers_.begin(), speakers_.end() - kept_speakers);
    }

    /// The role set beside a name in an apposition ("The Vice President, Mike Pence", "Adil
    /// Abdul-Mahdi, the acting prime minister" -> "Vice President", "acting prime minister"): the
    /// mention's words before or after the phrase's own, past the comma, without a determiner.
    std::string apposed_role(g::speaker_phrase const& sp) const {
        if (sp.tokens.empty() || sp.relative()) return {};
        std::size_t begin = sp.begin, end = sp.end;
        if (sp.tokens.front().begin > sp.begin) {
            end = sp.tokens.front().begin;
            while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == ',')) --end;
        } else if (sp.tokens.back().end < sp.end) {
            begin = sp.tokens.back().end;
            while (begin < end && (text_[begin] == ' ' || text_[begin] == ',')) ++begin;
        } else {
            return {};
        }
        auto role = g::match_speaker_ending_at(text_.substr(0, end), begin, end);
        if (!role || role->tokens.empty()) return {};
        std::size_t from = role->tokens.front().part == g::np_part::determiner && role->tokens.size() > 1 ? 1 : 0;
        return span_text(text_, role->tokens[from].begin, end);
    }

    speaker_mention resolve(g::speaker_phrase const& sp) {
        if (auto it = cache_.find(sp.begin); it != cache_.end()) return it->second;
        speaker_mention m;
        m.span = {sp.begin, sp.end};
        m.text = span_text(text_, sp.begin, sp.end);
        auto parts = take_apart(text_, sp);
        // "…, who said": written as "who", described by the phrase it stands for
        bool const relative = sp.relative();
        std::string const described = relative ? span_text(text_, sp.tokens.front().begin, sp.tokens.back().end) : m.text;
        resolved r;
        r.at = sp.begin;
        if (parts.pronoun) {
            r = antecedent(parts.head, sp.begin);
            m.mention = mention_kind::pronoun;
        } else if (!parts.name.empty()) {
            r = named(parts, sp.begin);
        } else if (auto issuer = issuer_of(parts, sp.begin)) {
            r = std::move(*issuer); // "Johns Hopkins University data" speaks for the university
        } else {
            r = common(parts, described, sp.begin);
            m.mention = mention_kind::description;
        }
        if (relative) m.mention = mention_kind::pronoun;
        m.name = r.name.empty() ? described : r.name;
        m.role = r.role;
        if (m.role.empty()) m.role = apposed_role(sp);
        m.kind = r.kind;
        // (a person a pronoun stands for speaks in this stretch of the article too, now of a
        // known gender)
        if (!parts.pronoun) speakers_.push_back({m.name, m.role, m.kind, sp.begin, r.gender});
        else if (r.kind == speaker_kind::person) speakers_.push_back({m.name, m.role, m.kind, sp.begin, g::pronoun_gender(parts.head)});
        // "Reuters", "the Daily Telegraph": a news outlet, kept apart from the bodies it reports on
        // (within the article it stands for a later "it" as a body does)
        // ("Harbor Today": a name that ends in a word no person's name has is an outlet's)
        auto const last_word = std::string_view(m.name).substr(m.name.rfind(' ') == std::string::npos ? 0 : m.name.rfind(' ') + 1);
        if ((m.kind == speaker_kind::organization && g::is_outlet_name(m.name)) ||
            (m.kind == speaker_kind::person && (g::is_listed_outlet(m.name) || (g::is_outlet_head(last_word) && g::is_function_word(last_word)))))
            m.kind = speaker_kind::media;
        cache_[sp.begin] = m;
        return m;
    }

private:
    /// Every proper name the article writes, to expand `Witkoff` to `Steve Witkoff`.
    void index_names(text::article_layout const& layout) {
        for (auto const& q : layout.quotes)
            if (q.depth == 0 && q.closed) quoted_.emplace_back(q.inner_begin, q.inner_end);
        bool const headline_title_case = text::headline_in_title_case(text_, layout);
        for (std::size_t pi = 0; pi < layout.paragraphs.size(); ++pi) {
            if (pi == 0 && headline_title_case) continue; // "Post Hit Piece Exploits Trump": capitals that name no one
            auto const& para = layout.paragraphs[pi];
            std::size_t pos = para.begin;
            while (pos < para.end) {
                pos = text::find_capital_or_multibyte(text_, pos, para.end); // (where a name may start)
                if (pos >= para.end) break;
                int n = 0;
                char32_t c = g::decode_utf8_at(text_, pos, n);
                bool boundary = pos == para.begin || text_[pos - 1] == ' ' || text_[pos - 1] == '(' ||
                                static_cast<unsigned char>(text_[pos - 1]) >= 0x80 || text_[pos - 1] == '"';
                if (boundary && g::is_upper_char(c)) {
                    if (auto sp = g::match_speaker(text_.substr(0, para.end), pos)) {
                        index_phrase(*sp);
                        // (a phrase without a name, "The company", names no place or body)
                        bool named = std::any_of(sp->tokens.begin(), sp->tokens.end(), [](g::np_token const& t) {
                            return t.part == g::np_part::name || t.part == g::np_part::nickname;
                        });
                        auto parts = named ? take_apart(text_, *sp) : phrase_parts{};
                        if (!parts.name.empty())
                            // (only the places and bodies the word lists know are kept: who
                            // else the name may be is not asked)
                            if (auto r = named_not_person(parts, strip_possessive(parts.name), pos);
                                r && (r->kind == speaker_kind::organization || r->kind == speaker_kind::place) &&
                                r->gender != g::gender::unknown)
                                body_mentions_.emplace_back(pos, std::move(*r));
                        if (auto body = owned_body(*sp)) body_mentions_.emplace_back(pos, std::move(*body));
                        pos = std::max(sp->end, pos + 1);
                        continue;
                    }
                }
                pos += static_cast<std::size_t>(std::max(n, 1));
            }
        }
    }

    /// Records each run of two or more name words ("Donald Trump’s", "Jared Kushner") by surname.
    void index_phrase(g::speaker_phrase const& sp) {
        auto const& t = sp.tokens;
        std::size_t i = 0;
        while (i < t.size()) {
            if (t[i].part != g::np_part::name && t[i].part != g::np_part::possessive) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < t.size() && t[j].part == g::np_part::name) ++j;
            if (j < t.size() && t[j].part == g::np_part::possessive) ++j;
            i = after_body_prefix(text_, t, i, j);
            bool after_link = i > 0 && (t[i - 1].part == g::np_part::link ||
                                        (t[i - 1].part == g::np_part::determiner && i > 1 && t[i - 2].part == g::np_part::link));
            if (after_link && j - i >= 3) ++i; // "(Minister of) Health Olivier Véran"
            if (j - i == 1 && !(i > 0 && t[i - 1].part == g::np_part::title)) {
                // "… after Spanton smoked": the surname of a person named in full before
                auto it = full_names_.find(strip_possessive(span_text(text_, t[i].begin, t[i].end)));
                if (it != full_names_.end() && it->second.find(' ') != std::string::npos) person_mentions_.emplace_back(t[i].begin, it->second);
            }
            if (j - i == 1 && i > 0 && t[i - 1].part == g::np_part::title) {
                // "Mrs. Okafor": a title makes a lone surname a person worth remembering.
                std::string name = strip_possessive(span_text(text_, t[i].begin, t[i].end));
                if (!full_names_.contains(name)) {
                    person_mentions_.emplace_back(t[i].begin, name);
                    roles_.emplace(name, span_text(text_, t[i - 1].begin, t[i - 1].end));
                }
            }
            // "the National Housing Survey": names before a document's word are its name, no person's.
            bool before_document = j < t.size() && g::is_source_noun(lower(span_text(text_, t[j].begin, t[j].end)));
            if (j - i >= 2 && !before_document) {
                std::string full = strip_possessive(span_text(text_, t[i].begin, t[j - 1].end));
                if (!g::is_place_name(full) && !part_of_place(full) && !g::is_organization_name(full) &&
                    !g::is_name_of_common_words(full)) {
                    std::string surname = full.substr(full.rfind(' ') + 1);
                    index_initials(full);
                    auto& slot = full_names_[surname];
                    if (slot.empty()) slot = full;
                    // "Keith Scott" then "Rakeyia Scott": another first name is another person of
                    // the same family (a lone "Scott" still reads as the first one named).
                    bool namesake = slot != full && slot.substr(0, slot.find(' ')) != full.substr(0, full.find(' '));
                    person_mentions_.emplace_back(t[i].begin, namesake ? full : slot);
                    if (i > 0 && t[i - 1].part != g::np_part::link) {
                        std::size_t from = t[0].part == g::np_part::determiner ? 1 : 0;
                        if (from < i) roles_[full] = strip_possessive(span_text(text_, t[from].begin, t[i - 1].end));
                    } else if (i == 0) {
                        // "criticised by archbishop Tomas Reyes": a role noun in lower case
                        // before the name (which the phrase, starting at a capital, left out)
                        std::size_t b = sp.begin;
                        while (b > 0 && text_[b - 1] == ' ') --b;
                        std::size_t a = b;
                        while (a > 0 && text_[a - 1] >= 'a' && text_[a - 1] <= 'z') --a;
                        if (a < b && (a == 0 || text_[a - 1] == ' ') && g::is_role_noun(text_.substr(a, b - a)) && !roles_.contains(full))
                            roles_[full] = std::string(text_.substr(a, b - a));
                    }
                }
            }
            i = std::max(j, i + 1);
        }
    }

    /// "Norway's supreme court", "Chile's foreign ministry": a place's body written in lower case,
    /// which a later "the court" or "the ministry" stands for (its name as written).
    std::optional<resolved> owned_body(g::speaker_phrase const& sp) const {
        auto const& t = sp.tokens;
        if (t.size() < 2 || t.size() > 4 || t.front().part != g::np_part::possessive ||
            (t.back().part != g::np_part::common && t.back().part != g::np_part::role))
            return std::nullopt;
        for (std::size_t i = 1; i + 1 < t.size(); ++i)
            if (t[i].part != g::np_part::common && t[i].part != g::np_part::modifier) return std::nullopt;
        std::string head = span_text(text_, t.back().begin, t.back().end);
        if (head.empty() || head[0] < 'a' || head[0] > 'z') return std::nullopt; // (in lower case only)
        head[0] = static_cast<char>(head[0] - 'a' + 'A');
        if (!g::is_generic_org_word(head) || !g::is_place_name(strip_possessive(span_text(text_, t.front().begin, t.front().end))))
            return std::nullopt;
        resolved r;
        r.kind = speaker_kind::organization;
        r.name = span_text(text_, sp.begin, sp.end);
        r.at = sp.begin;
        r.gender = g::gender::neuter;
        return r;
    }

    /// Records a full name's initials ("Spencer Androli" -> "SA"), for transcripts that label
    /// the speaker's turns with them.
    void index_initials(std::string const& full) {
        std::string initials;
        for (std::size_t p = 0; p < full.size(); ++p)
            if ((p == 0 || full[p - 1] == ' ') && full[p] >= 'A' && full[p] <= 'Z') initials += full[p];
        if (initials.size() < 2 || initials.size() > 3) return;
        auto [it, added] = initials_.emplace(initials, full);
        if (!added && it->second != full) it->second.clear(); // two people: neither
    }

    /// The person a name written in capitals stands for: a transcript's label, "TAPPER" for the
    /// Jake Tapper named before, or "SA" for the one person whose initials those are. Empty when
    /// none or several.
    std::string full_name_of_capitals(std::string const& name) const {
        if (name.size() < 2 || !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return {};
        std::string titled = name.substr(0, 1);
        for (std::size_t p = 1; p < name.size(); ++p) titled += static_cast<char>(name[p] - 'A' + 'a');
        if (auto it = full_names_.find(titled); it != full_names_.end()) return it->second;
        if (name.size() <= 3)
            if (auto it = initials_.find(name); it != initials_.end()) return it->second;
        return {};
    }

    resolved named(phrase_parts const& parts, std::size_t at) {
        std::string const name = strip_possessive(parts.name);
        // "Tom Reyes … Reyes told": the surname of a person the article named in full, even
        // where the word lists know it as a place's or a body's.
        if (parts.name_words == 1 && !parts.definite_name && !is_acronym(name))
            if (auto it = full_names_.find(name); it != full_names_.end() && it->second != name && looks_like_persons(it->second, name)) {
                resolved r = person(it->second, at);
                r.gender = gender_of(r.name, r.role);
                return r;
            }
        // "SA", "TAPPER" (a transcript's labels): the person the article names in full, unless
        // the word lists know the capitals as a body's or a place's.
        std::string const capitals_of = parts.name_words == 1 && !g::is_organization_name(name) && !g::is_place_name(name)
                                            ? full_name_of_capitals(name)
                                            : std::string{};
        if (auto body = capitals_of.empty() ? named_not_person(parts, name, at) : std::nullopt) return std::move(*body);
        resolved r;
        r.at = at;
        r.role = parts.role;
        if (g::is_name_of_common_words(name)) {
            // "Road Safety Watch", but also "Open Door", "Long Winter": a named thing, most
            // often a body when it speaks; too unsure to stand for a later "it" or "they".
            r.kind = speaker_kind::organization;
            r.name = parts.definite_name ? "the " + name : name;
            return r;
        }
        r.kind = speaker_kind::person;
        r.name = name;
        if (parts.name_words == 1) {
            if (auto it = full_names_.find(name); it != full_names_.end()) r.name = it->second;
            else if (!capitals_of.empty()) r.name = capitals_of;
        }
        if (r.role.empty())
            if (auto it = roles_.find(r.name); it != roles_.end()) r.role = it->second;
        r.gender = gender_of(r.name, parts.role.empty() ? r.role : parts.role);
        return r;
    }

    /// Whether a full name whose last word is `surname` is a person's rather than a place's or a
    /// body's of everyday words ("Lower Austria", "Air France"): when the surname is itself a
    /// place or a body, the first word must be no everyday word, or a first name.
    static bool looks_like_persons(std::string const& full, std::string const& surname) {
        if (!g::is_place_name(surname) && !g::is_organization_name(surname)) return true;
        auto first = std::string_view(full).substr(0, full.find(' '));
        return g::is_first_name(first) || !g::is_common_word(first);
    }

    /// A name the word lists show to be a place's, a body's or a document's (or a body's that
    /// the article does not name: "the Ministry"), or none.
    /// (`name`: the phrase's name without a possessive ending.)
    std::optional<resolved> named_not_person(phrase_parts const& parts, std::string const& name, std::size_t at) const {
        resolved r;
        r.at = at;
        r.role = parts.role;
        if (g::is_place_name(name) || part_of_place(name)) {
            r.kind = speaker_kind::place;
            r.name = g::canonical_place_name(name);
            r.gender = g::gender::neuter;
            return r;
        }
        // "United States Geological Survey", "UK Border Force": a name led by a place of two words
        // or an acronym is a body's.
        bool led_by_place = false;
        for (auto sp = name.find(' '); sp != std::string::npos && !led_by_place; sp = name.find(' ', sp + 1)) {
            auto prefix = name.substr(0, sp);
            led_by_place = g::is_place_name(prefix) && (prefix.find(' ') != std::string::npos || is_acronym(prefix));
        }
        if (parts.name_words == 1 && g::is_generic_org_word(name)) {
            // "the Foundation": the body of that word the article named before, if it did
            if (parts.definite)
                if (auto body = body_named_before(name, at)) return body;
            // "the Ministry", "the University": which one, the article knows; an unnamed source.
            r.kind = speaker_kind::unknown;
            r.name = parts.definite ? "the " + name : name;
            return r;
        }
        if (parts.body_of || g::is_organization_name(name) || is_acronym(name) || led_by_place || (parts.definite_name && parts.name_words <= 3)) {
            r.kind = speaker_kind::organization;
            r.name = parts.definite_name && !name.starts_with("The ") && !is_acronym(name) ? "the " + name : name;
            r.gender = g::gender::neuter;
            return r;
        }
        if (ends_in_document_word(name)) {
            // "National Housing Survey", "the Harbor Report": a document or poll speaks like a body.
            r.kind = speaker_kind::organization;
            r.name = parts.definite_name ? "the " + name : name;
            r.gender = g::gender::neuter;
            return r;
        }
        return std::nullopt;
    }

    /// The body or place that issued the document a phrase names ("Johns Hopkins University data",
    /// "the NHC advisory"), when the word lists or the article show it to be one; else none.
    std::optional<resolved> issuer_of(phrase_parts const& parts, std::size_t at) {
        if (parts.issuer.empty()) return std::nullopt;
        phrase_parts body;
        body.name = strip_possessive(parts.issuer);
        body.name_words = parts.issuer_words;
        // ("a Twitter post": the platform publishes, it does not speak)
        if (parts.issuer_words == 1 && g::in_class(body.name, g::word_class::platform)) return std::nullopt;
        if (parts.issuer_owns) {
            // "Emmanuel Macron's office", "the party's website": a body, or a person by a full name
            if (auto r = named_not_person(body, body.name, at); r && r->kind == speaker_kind::organization) return r;
            if (parts.owned_plain) return std::nullopt;
            if (parts.issuer_words >= 2 && g::is_first_name(body.name.substr(0, body.name.find(' ')))) return named(body, at);
            return std::nullopt;
        }
        auto r = named_not_person(body, body.name, at);
        if (!r) {
            // "the German government", "the Turkish statement": a country's adjective stands for
            // the country (after "the": not "North Korean studies")
            auto country = parts.definite ? g::country_of_adjective(body.name) : std::nullopt;
            if (!country) return std::nullopt;
            r.emplace();
            r->at = at;
            r->kind = speaker_kind::place;
            r->name = *country;
            r->gender = g::gender::neuter;
        }
        if (r->kind != speaker_kind::organization && r->kind != speaker_kind::place) return std::nullopt;
        // ("the Colorado court": a body of the place, not the place)
        if (r->kind == speaker_kind::place && g::in_class(lower(parts.head), g::word_class::body_noun)) return std::nullopt;
        return r;
    }

    /// "North Karnataka", "Eastern Ukraine": a compass word before a place names part of it.
    static bool part_of_place(std::string const& name) {
        auto sp = name.find(' ');
        if (sp == std::string::npos) return false;
        static constexpr std::string_view compass[] = {"North", "South", "East", "West", "Northern", "Southern",
                                                       "Eastern", "Western", "Central", "Northeast", "Northwest",
                                                       "Southeast", "Southwest"};
        auto first = std::string_view(name).substr(0, sp);
        return std::find(std::begin(compass), std::end(compass), first) != std::end(compass) &&
               g::is_place_name(name.substr(sp + 1));
    }

    /// A name of two words or more whose last word is a document's or poll's ("Survey", "Report")
    /// and whose first is no first name ("Emily Post" stays a person).
    static bool ends_in_document_word(std::string const& name) {
        auto sp = name.rfind(' ');
        if (sp == std::string::npos || g::is_first_name(name.substr(0, name.find(' ')))) return false;
        std::string last = lower(name.substr(sp + 1));
        return g::is_source_noun(last);
    }

    /// The country or body that people who speak for one speak for: "Moldovan officials" ->
    /// Moldova, "representatives from Iran" -> Iran, "a spokesperson for Stagecoach South" ->
    /// Stagecoach South; else none. (The adjective right before the noun: "US intelligence
    /// officials" speak for an agency, not for the country.)
    std::optional<resolved> voice_of(std::string const& head, std::string const& written, std::size_t at) const {
        // (a document speaks for whom it is from: "another report from the Spanish government")
        bool const voice = g::in_class(head, g::word_class::voice_noun);
        bool const document = !voice && g::is_source_noun(head);
        if (!voice && !document) return std::nullopt;
        std::string_view const w = written;
        auto const head_at = lower(written).find(head); // ("Representatives from Iran")
        if (head_at == std::string_view::npos) return std::nullopt;
        resolved r;
        r.at = at; // (no role: "officials" is no title of the country's)
        auto before = w.substr(0, head_at);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        // "A Hampshire Police spokesman", "a White House spokesperson": a body named before the noun
        auto body = before;
        for (std::string_view det : {"A ", "a ", "An ", "an ", "The ", "the "})
            if (body.starts_with(det)) body.remove_prefix(det.size());
        if (!document && !body.empty() && body.front() >= 'A' && body.front() <= 'Z' && body.find(' ') != std::string_view::npos &&
            g::is_organization_name(body) && !g::is_outlet_name(body)) {
            r.kind = speaker_kind::organization;
            r.name = std::string(body);
            r.gender = head.ends_with('s') ? g::gender::plural : g::gender::neuter;
            return r;
        }
        auto const adjective = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
        if (!document && !adjective.empty()) {
            if (auto country = g::country_of_adjective(adjective)) r.name = *country;
            else if (g::is_place_name(adjective)) r.name = g::canonical_place_name(adjective);
            if (!r.name.empty()) {
                r.kind = speaker_kind::place;
                r.gender = head.ends_with('s') ? g::gender::plural : g::gender::neuter; // ("Chinese officials … they said")
                return r;
            }
        }
        auto after = w.substr(head_at + head.size());
        // ("officials in Lisbon" speak for the place, "researchers at Harbour Science Institute" for
        // the body; a document is from or by its issuer)
        static constexpr std::string_view voice_links[] = {" from ", " for ", " of ", " in ", " at "};
        static constexpr std::string_view document_links[] = {" from ", " by "};
        for (std::string_view link : document ? std::span<std::string_view const>(document_links) : std::span<std::string_view const>(voice_links)) {
            if (!after.starts_with(link)) continue;
            std::string body(after.substr(link.size()));
            if (body.starts_with("the ")) body.erase(0, 4);
            if (body.empty() || !(body[0] >= 'A' && body[0] <= 'Z')) return std::nullopt;
            r.gender = head.ends_with('s') && !document ? g::gender::plural : g::gender::neuter;
            if (g::is_place_name(body)) {
                r.kind = speaker_kind::place;
                r.name = g::canonical_place_name(body);
                return r;
            }
            // "the spokesperson for the German government", "a report from the Spanish
            // government": the country
            if (auto sp = body.find(' '); sp != std::string::npos && body.substr(sp + 1) == "government")
                if (auto country = g::country_of_adjective(body.substr(0, sp))) {
                    r.kind = speaker_kind::place;
                    r.name = *country;
                    return r;
                }
            if (link == " from " && !document) return std::nullopt;
            if (link == " in ") return std::nullopt; // (in a place only)
            // "a spokesperson for British Prime Minister Rishi Sunak": a person, from the first name on
            if (!g::is_organization_name(body))
                for (auto sp = std::string::size_type{0}; sp != std::string::npos; sp = body.find(' ', sp + 1)) {
                    auto const from = sp == 0 ? 0 : sp + 1;
                    auto const word = body.substr(from, body.find(' ', from) - from);
                    if (g::is_first_name(word) && body.find(' ', from) != std::string::npos) {
                        r.kind = speaker_kind::person;
                        r.name = body.substr(from);
                        r.gender = g::gender::unknown;
                        return r;
                    }
                    if (sp == 0 && body.find(' ') == std::string::npos) break;
                }
            if (!g::is_organization_name(body) && body.find(' ') == std::string::npos && !is_acronym(body)) return std::nullopt;
            // "Spokesperson for the Chinese Foreign Ministry Hua Chunying": the person named after the body
            if (auto at = person_after_body(body, [](std::string_view w) { return g::is_organization_name(w) || g::is_place_name(w); });
                at != std::string_view::npos) {
                r.kind = speaker_kind::person;
                r.role = std::string(w.substr(0, head_at + head.size())) + std::string(link) + body.substr(0, at - 1);
                r.name = body.substr(at);
                r.gender = g::gender::unknown;
                return r;
            }
            r.kind = speaker_kind::organization; // (whom a spokesperson speaks for is a body)
            r.name = body;
            return r;
        }
        return std::nullopt;
    }

    /// Whether the words of a role before its head word leave it the head word alone: none, or
    /// how many members the body has ("the three-judge court", "the nine-member board"); not
    /// another kind of it ("the appeals court", "the terrorist group").
    static bool plain_modifiers(std::string const& role, std::string const& head) {
        auto const l = lower(role);
        if (l.empty() || l == head) return true;
        if (l != role || !l.ends_with(" " + head)) return false;
        std::string_view words = std::string_view(l).substr(0, l.size() - head.size() - 1);
        for (std::size_t at = 0; at < words.size();) {
            auto end = std::min(words.find(' ', at), words.size());
            auto const w = words.substr(at, end - at);
            auto const dash = w.find('-');
            bool counted = false;
            if (dash != std::string_view::npos && dash > 0) {
                bool mult = false;
                auto const n = w.substr(0, dash);
                counted = std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
                          (g::number_word_value(n, mult).has_value() && !mult);
            }
            if (!counted) return false;
            at = end + 1;
        }
        return true;
    }

    /// "the court", "the Foundation", "the police": the body the article named before whose name
    /// holds that head word ("the Supreme Court of Norway", "Harbor Research Foundation"), or none.
    /// ("Police said …": a bare head alone stands for the body as "the police" does.)
    std::optional<resolved> body_named_before(phrase_parts const& parts, std::string const& head, std::string const& written,
                                              std::size_t at) const {
        bool const bare = !parts.definite && lower(written) == head;
        if (!(parts.definite || bare) || head.empty() || !plain_modifiers(parts.role, head)) return std::nullopt;
        std::string word = head;
        word[0] = static_cast<char>(word[0] >= 'a' && word[0] <= 'z' ? word[0] - 'a' + 'A' : word[0]);
        return body_named_before(word, at);
    }
    /// The same for the head word as a name ("the Foundation"): capitalised.
    std::optional<resolved> body_named_before(std::string const& word, std::size_t at) const {
        if (!g::is_generic_org_word(word)) return std::nullopt;
        // (in capitals, or in lower case as a place's body is written: "Norway's supreme court")
        std::string lowered = word;
        lowered[0] = static_cast<char>(lowered[0] >= 'A' && lowered[0] <= 'Z' ? lowered[0] - 'A' + 'a' : lowered[0]);
        auto holds = [&](std::string const& name) {
            for (std::string_view w : {std::string_view(word), std::string_view(lowered)})
                for (auto p = name.find(w); p != std::string::npos; p = name.find(w, p + 1))
                    if ((p == 0 || name[p - 1] == ' ') && (p + w.size() == name.size() || name[p + w.size()] == ' ')) return true;
            return false;
        };
        auto it = std::lower_bound(body_mentions_.begin(), body_mentions_.end(), at, [](auto const& m, std::size_t pos) { return m.first < pos; });
        for (std::size_t looked = 0; it != body_mentions_.begin() && looked < max_look_back; ++looked) {
            --it;
            if (at - it->first > max_body_reach) break;
            if (it->second.kind == speaker_kind::organization && holds(it->second.name)) {
                resolved r = it->second;
                r.at = at;
                return r;
            }
        }
        return std::nullopt;
    }

    resolved common(phrase_parts const& parts, std::string const& written, std::size_t at) {
        resolved r;
        r.at = at;
        std::string head = lower(parts.head);
        if (auto voice = voice_of(head, written, at)) return std::move(*voice);
        if (auto body = body_named_before(parts, head, written, at)) return std::move(*body);
        // "Norwegian state media", "according to Danish state media": a country's news media, named
        // by its adjective, are media of their own (not the country, nor one outlet)
        if (g::in_class(head, g::word_class::news_media_noun)) {
            std::string_view w = written;
            for (std::string_view det : {"the ", "The "})
                if (w.starts_with(det)) w.remove_prefix(det.size());
            auto const first = w.substr(0, w.find(' '));
            if (first.size() < w.size() && g::country_of_adjective(first)) {
                r.kind = speaker_kind::media;
                r.name = std::string(w);
                r.gender = g::gender::plural;
                return r;
            }
        }
        bool plural_noun = parts.head_part == g::np_part::common && head.size() > 3 && head.ends_with('s') && !head.ends_with("ss");
        if (parts.head_part == g::np_part::group || plural_noun) {
            r.kind = speaker_kind::group;
            r.name = written;
            r.gender = g::gender::plural;
            return r;
        }
        // "the president", "the minister": the person of that role named before.
        if (parts.definite && (parts.head_part == g::np_part::title || parts.head_part == g::np_part::role)) {
            // The person is named not long before: a bounded look back keeps huge texts linear.
            std::size_t looked = 0;
            for (auto it = speakers_.rbegin(); it != speakers_.rend() && looked++ < max_look_back; ++it)
                if (it->kind == speaker_kind::person && lower(it->role).find(head) != std::string::npos &&
                    qualifier_agrees(written, it->role)) {
                    resolved found = *it;
                    found.at = at;
                    return found;
                }
            looked = 0;
            for (auto const& [full, role] : roles_)
                if (looked++ >= max_look_back) break;
                else if (lower(role).find(head) != std::string::npos && qualifier_agrees(written, role)) {
                    r.kind = speaker_kind::person;
                    r.name = full;
                    r.role = role;
                    return r;
                }
        }
        // "a statement", "the study", "the government": unnamed, so one per article.
        r.kind = speaker_kind::unknown;
        r.name = written;
        if (!r.name.empty() && r.name[0] >= 'A' && r.name[0] <= 'Z' && parts.definite) r.name[0] = static_cast<char>(r.name[0] - 'A' + 'a');
        return r;
    }

    /// Whether a role mention's "of X" ("the prime minister of Iraq") fits a person's role: X, a
    /// word starting like it ("Iraqi") or another name of the same place ("US" for "the United
    /// States") stands in the role. A mention without one fits any.
    static bool qualifier_agrees(std::string const& written, std::string const& role) {
        auto of = written.find(" of ");
        if (of == std::string::npos) return true;
        std::string place = written.substr(of + 4);
        if (place.starts_with("the ")) place.erase(0, 4);
        if (place.empty()) return true;
        std::string first = lower(place.substr(0, place.find(' ')));
        if (lower(role).find(first.substr(0, std::min<std::size_t>(first.size(), 4))) != std::string::npos) return true;
        if (!g::is_place_name(place)) return false;
        auto canonical = g::canonical_place_name(place);
        // Any word or pair of words of the role that names the same place.
        std::vector<std::string_view> words;
        std::string_view r = role;
        for (std::size_t i = 0; i < r.size();) {
            while (i < r.size() && r[i] == ' ') ++i;
            std::size_t j = r.find(' ', i);
            if (j == std::string_view::npos) j = r.size();
            if (j > i) words.push_back(r.substr(i, j - i));
            i = j;
        }
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (g::is_place_name(words[k]) && g::canonical_place_name(words[k]) == canonical) return true;
            if (k + 1 < words.size()) {
                std::string two = std::string(words[k]) + ' ' + std::string(words[k + 1]);
                if (g::is_place_name(two) && g::canonical_place_name(two) == canonical) return true;
            }
        }
        return false;
    }

    /// The value of the last (position, value) mention written before `at`, or null.
    template <typename T> static T const* last_before(std::vector<std::pair<std::size_t, T>> const& mentions, std::size_t at) {
        auto it = std::lower_bound(mentions.begin(), mentions.end(), at, [](auto const& m, std::size_t pos) { return m.first < pos; });
        return it == mentions.begin() ? nullptr : &std::prev(it)->second;
    }

    /// A person's gender: what the article showed ("… she said" about them), else titles and
    /// first names.
    g::gender gender_of(std::string const& name, std::string const& role) const {
        if (auto it = genders_.find(name); it != genders_.end()) return it->second;
        return g::person_gender(name, role);
    }

    /// The nearest speaker before `at` that the pronoun can stand for: for he and she, a person
    /// not known to be of the other gender.
    resolved antecedent(std::string const& pronoun, std::size_t at) {
        auto gen = g::pronoun_gender(pronoun);
        // ("We want to keep it free", outside quotation marks: the writer's or an interviewee's
        // own group, never the last body the article named)
        if (g::in_class(pronoun, g::word_class::first_or_second_person)) {
            resolved r;
            r.at = at;
            r.name = pronoun;
            r.kind = speaker_kind::group;
            return r;
        }
        bool personal = gen == g::gender::male || gen == g::gender::female;
        auto agrees = [&](std::string const& name, std::string const& role) {
            auto known = gender_of(name, role);
            return known == g::gender::unknown || known == gen;
        };
        std::size_t looked = 0;
        for (auto it = speakers_.rbegin(); it != speakers_.rend() && looked < max_look_back; ++it) {
            if (it->at >= at) continue;
            if (personal && at - it->at > max_pronoun_reach) break; // a person pages before is not the one meant
            ++looked;
            // (for he and she, a one-word name of no known gender, "Airbus", is too unsure to be
            // the one meant, unless a person's title or role came with it, "President Reyes":
            // better no name than a wrong one)
            bool fits = personal ? it->kind == speaker_kind::person && agrees(it->name, it->role) &&
                                       (full_personal_name(it->name) || gender_of(it->name, it->role) == gen || !it->role.empty())
                      : gen == g::gender::neuter ? (it->kind == speaker_kind::organization || it->kind == speaker_kind::place) &&
                                                       it->gender != g::gender::unknown
                      : gen == g::gender::plural ? it->kind == speaker_kind::group ||
                                                       (it->kind == speaker_kind::organization && it->gender != g::gender::unknown) ||
                                                       (it->kind == speaker_kind::place && it->gender == g::gender::plural)
                      : false;
            if (fits) {
                resolved r = *it;
                r.at = at;
                // "Sen. Claire Okafor scolded him: “…,” she said": a person named since that
                // speaker, closer to the pronoun, is the one meant.
                if (personal)
                    if (auto const* closer = person_named_between(it->at, at, agrees)) r = person(*closer, at);
                // "The airline said … Lena Okafor's niece was aboard. After the verdict she said":
                // a speaker of no known gender gives way to a person named since, shown to be of
                // the pronoun's gender.
                if (personal && r.name == it->name && gender_of(it->name, it->role) != gen)
                    if (auto const* shown = gendered_person_since(it->at, at, gen)) r = person(*shown, at);
                if (personal) genders_.emplace(r.name, gen); // the article has now shown it
                return r;
            }
        }
        // "The Interior Ministry closed the border. It said …": the last body the article named.
        if (gen == g::gender::neuter || gen == g::gender::plural) {
            // (a place is no "they" unless its name is plural: "They said" after "Oslo" is
            // its people, not the city)
            if (auto const* body = last_before(body_mentions_, at);
                body && !(gen == g::gender::plural && body->kind == speaker_kind::place && body->gender != g::gender::plural)) {
                resolved r = *body;
                r.at = at;
                return r;
            }
        }
        // No speaker yet: the last person the article named before the pronoun.
        if (personal) {
            // the last one named whose gender agrees
            auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), at,
                                       [](auto const& m, std::size_t pos) { return m.first < pos; });
            std::string const* person = person_named_between(0, at, agrees); // the sentence's own subject first
            // else the last one named whose gender agrees; one of no known gender gives way to
            // one named before, in reach, who is known to be of the pronoun's ("Emily Spanton met
            // Antoine Quirin. … She told the court")
            std::string const* unsure = nullptr;
            looked = 0;
            while (it != person_mentions_.begin() && !person && looked++ < max_look_back) {
                --it;
                if (at - it->first > max_pronoun_reach) break; // named pages before: not the one meant
                if (inside_quote(it->first)) continue; // "“Here comes Tom Carter,” she said": not the one talked of
                auto role = roles_.find(it->second);
                auto const& r = role == roles_.end() ? std::string() : role->second;
                if (!agrees(it->second, r)) continue;
                if (gender_of(it->second, r) == gen) person = &it->second;
                else if (!unsure && full_personal_name(it->second)) unsure = &it->second;
            }
            if (!person) person = unsure;
            if (person) {
                genders_.emplace(*person, gen);
                return this->person(*person, at);
            }
        }
        resolved r;
        r.at = at;
        r.name = pronoun;
        r.kind = gen == g::gender::plural ? speaker_kind::group : speaker_kind::unknown;
        return r;
    }

    /// Whether a name of no known gender reads as a person's full name, for he or she: two
    /// words or more, the first no everyday word ("Kerryn Sedgman", not "Base Esquimalt").
    static bool full_personal_name(std::string const& name) {
        auto const space = name.find(' ');
        if (space == std::string::npos) return false;
        auto const first = std::string_view(name).substr(0, space);
        // (not a place's shortened: "S. Dakota", "W. Virginia")
        if (first.size() == 2 && first[1] == '.' && g::is_place_name(std::string_view(name).substr(name.rfind(' ') + 1))) return false;
        return g::is_first_name(first) || !g::is_common_word(first);
    }

    /// The last person named outside quotations after `from` and before `at` whose gender is
    /// known to be `gen`, or null.
    std::string const* gendered_person_since(std::size_t from, std::size_t at, g::gender gen) const {
        auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), at,
                                   [](auto const& m, std::size_t pos) { return m.first < pos; });
        for (std::size_t looked = 0; it != person_mentions_.begin() && looked < max_look_back; ++looked) {
            --it;
            if (it->first <= from) break;
            if (inside_quote(it->first)) continue;
            auto role = roles_.find(it->second);
            if (gender_of(it->second, role == roles_.end() ? std::string() : role->second) == gen) return &it->second;
        }
        return nullptr;
    }

    /// A person named by full name, with the role the article gave them.
    resolved person(std::string const& full, std::size_t at) const {
        resolved r;
        r.at = at;
        r.kind = speaker_kind::person;
        r.name = full;
        if (auto role = roles_.find(full); role != roles_.end()) r.role = role->second;
        return r;
    }

    /// The first person named outside quotations in the sentence that holds `at`, after `from`
    /// and before `at`, whose gender `agrees` (the sentence's subject, as a rule), or null.
    template <typename Agrees> std::string const* person_named_between(std::size_t from, std::size_t at, Agrees const& agrees) const {
        // The sentence start: after the last stop and blank, or line break, outside quotations.
        // (Not the sentence before too: a person only talked of there, "Okafor's niece was aboard",
        // took the pronoun from the one speaking in that stretch far more often than not.)
        std::size_t start = at;
        for (std::size_t looked = 0; start > 0 && looked < 600; ++looked, --start) {
            char c = text_[start - 1];
            if (c == '\n') break;
            bool opens = start < text_.size() && ((text_[start] >= 'A' && text_[start] <= 'Z') || text_[start] == '"' ||
                                                  text_.compare(start, 3, "\xE2\x80\x9C") == 0);
            if ((c == ' ') && start >= 2 && (text_[start - 2] == '.' || text_[start - 2] == '!' || text_[start - 2] == '?') &&
                !inside_quote(start - 2) && opens)
                break;
        }
        if (start <= from) return nullptr;
        auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), start,
                                   [](auto const& m, std::size_t pos) { return m.first < pos; });
        for (; it != person_mentions_.end() && it->first < at; ++it) {
            if (inside_quote(it->first)) continue; // someone the speaker talks of
            auto role = roles_.find(it->second);
            return agrees(it->second, role == roles_.end() ? std::string() : role->second) ? &it->second : nullptr;
        }
        return nullptr;
    }

    bool inside_quote(std::size_t pos) const {
        auto it = std::upper_bound(quoted_.begin(), quoted_.end(), pos, [](std::size_t p, auto const& q) { return p < q.first; });
        return it != quoted_.begin() && pos < std::prev(it)->second;
    }

    std::string_view text_;
    std::vector<std::pair<std::size_t, std::size_t>> quoted_; // inside of each closed top-level quotation, in order
    std::unordered_map<std::string, std::string> full_names_; // surname -> full name
    std::unordered_map<std::string, std::string> initials_;   // "SA" -> "Spencer Androli" ("" when two names share them)
    std::map<std::string, std::string> roles_;                // full name -> role seen with it
    std::vector<resolved> speakers_;
    std::vector<std::pair<std::size_t, std::string>> person_mentions_; // where each full name is written, in order
    std::vector<std::pair<std::size_t, resolved>> body_mentions_;      // organisations and places named, in order
    std::unordered_map<std::string, g::gender> genders_;                // persons the article showed as he or she
    std::unordered_map<std::size_t, speaker_mention> cache_;
};

article_speakers::article_speakers(document const& doc, text::article_layout const& layout) : doc_(doc), layout_(layout) {}
article_speakers::~article_speakers() = default;

std::vector<quotation> article_speakers::resolve(std::vector<attribute::attribution> attributions) {
    auto const& doc = doc_;
    // (the article's names are indexed only when a quotation has a speaker to resolve)
    auto& resolver = resolver_;
    if (resolver) resolver->next_window();
    std::vector<quotation> out;
    out.reserve(attributions.size());
    for (auto& a : attributions) {
        quotation q;
        q.kind = a.kind;
        q.spans = std::move(a.spans);
        q.quoted = std::move(a.quoted);
        q.rule = a.rule;
        q.speaker_rule = a.speaker_rule;
        q.amended_by = std::move(a.amended_by);
        if (a.cue && !a.speaker_carried)
            q.cue = speech_cue{{a.cue->begin, a.cue->end}, std::string(doc.text.substr(a.cue->begin, a.cue->end - a.cue->begin)),
                               attribute::meaning_of(*a.cue)};
        if (a.speaker) {
            if (!resolver) resolver = std::make_unique<speaker_resolver>(doc, layout_);
            q.speaker = resolver->resolve(*a.speaker);
            q.speaker->entity = entity_id(q.speaker->kind, q.speaker->name, doc.id);
        }
        q.confidence = confidence_of(q);
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<quotation> resolve_speakers(document const& doc, text::article_layout const& layout,
                                        std::vector<attribute::attribution> attributions) {
    return article_speakers(doc, layout).resolve(std::move(attributions));
}

} // namespace verbatim::resolve
