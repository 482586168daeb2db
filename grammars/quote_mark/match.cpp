// The language.hpp entry point of the quote-mark grammar.
#include "quote_mark/quote_mark.hpp"

namespace verbatim::grammars {

std::optional<quote_mark> match_quote_mark(std::string_view text, std::size_t pos) {
    if (pos >= text.size() || !may_start_quote_mark(static_cast<unsigned char>(text[pos]))) return std::nullopt;
    iterator_type first = text.data() + pos;
    iterator_type const last = text.data() + text.size();
    ast::mark_kind kind;
    if (!x3::parse(first, last, quote_mark_rule(), kind)) return std::nullopt;
    return quote_mark{kind.family, kind.role, static_cast<std::size_t>(first - (text.data() + pos))};
}

} // namespace verbatim::grammars
