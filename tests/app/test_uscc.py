from __future__ import annotations

import pytest

from app.domain import uscc
from app.domain.districts import name_of, to_code


def codes(raw: str) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in uscc.validate(raw)]


def test_standard_worked_example_is_valid() -> None:
    assert uscc.validate("91350100M000100Y43") == []


def test_check_character_computed_from_first_17() -> None:
    assert uscc.check_character("91350100M000100Y4") == "3"
    assert uscc.make("91440101MA5CXXXX1") == "91440101MA5CXXXX1" + uscc.check_character("91440101MA5CXXXX1")


@pytest.mark.parametrize("raw", ["91350100M000100Y4", "91350100M000100Y433", ""])
def test_wrong_length_is_refused_saying_how_long(raw: str) -> None:
    problems = uscc.validate(raw)
    assert problems[0].severity == "error"
    if raw:
        assert problems[0].code == "uscc.length"
        assert str(len(raw)) in problems[0].message()


def test_characters_outside_alphabet_are_named_with_positions() -> None:
    problem = uscc.validate("91350100M000100YO3")[0]
    assert problem.code == "uscc.chars"
    message = problem.message()
    assert "O" in message and "17" in message


def test_wrong_check_character_says_which_is_expected() -> None:
    problem = uscc.validate("91350100M000100Y44")[0]
    assert (problem.code, problem.params["expected"], problem.params["actual"]) == ("uscc.check", "3", "4")
    assert "应为“3”" in problem.message()


def test_organisation_code_mismatch_is_only_a_warning() -> None:
    # Valid overall check character, but the GB 11714 organisation code check (position 17) is off.
    body = "91440106" + "MA5D0B1T"
    good_org = uscc.make_org_code("MA5D0B1T")
    bad_org_check = "0" if good_org[-1] != "0" else "1"
    code = uscc.make(body + bad_org_check)
    assert codes(code) == [("uscc.org_check", "warning")]
    assert uscc.validate(uscc.make(body + good_org[-1])) == []


def test_normalise_accepts_lower_case_spaces_and_full_width() -> None:
    assert uscc.normalise(" ９１３５０１００m000100y43 ") == "91350100M000100Y43"
    assert uscc.validate("９１３５０１００ｍ０００１００ｙ４３") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("天河区", "440106"), ("天河", "440106"), ("440106", "440106"), (" 黄埔区 ", "440112"),
     ("萝岗区", "440112"), ("440116", "440112"), ("增城市", "440118"), ("广州市", "440100"),
     ("440101", "440100"), ("朝阳区", None), ("440301", None), ("", None)],
)
def test_district_names_and_codes(text: str, code: str | None) -> None:
    assert to_code(text) == code


def test_district_name_of_code() -> None:
    assert name_of("440106") == "天河区"
