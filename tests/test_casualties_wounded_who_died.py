"""The hurt who died are counted among the dead only.

"Five people were wounded; two of the victims died of their injuries" is two dead and
three wounded; "Ayo was badly hurt and later succumbed" is one dead and nobody wounded;
"Two of the injured died", after a toll of others, adds to the toll, for they were counted
as hurt, not as dead. A death the toll does not add leaves the wounded whole, and so does
the death of someone of another party than the wounded.
"""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 9 May 2013, gunmen fired into a wedding tent in Sokoto, Nigeria. At least five "
         "guests were injured; two of the victims died of their wounds in hospital the next "
         "morning.",
         2, 3),
        ("On 2 June 2014, a grenade was thrown at a bakery in Garissa, Kenya. Two guards, "
         "Omondi Otieno and Juma Wafula, were wounded, and Wafula later died of his wounds.",
         1, 1),
        ("On 11 July 2012, assailants stabbed a teacher outside a school in Dhamar, Yemen. "
         "Hasan Qadri was badly injured and later succumbed to his wounds in hospital.", 1, 0),
        ("On 6 April 2015, gunmen killed a tax officer in Herat, Afghanistan. Four bystanders "
         "also suffered injuries. One of the injured died at the clinic.", 2, 3),
        ("On 20 August 2013, a bomb went off at a bus stop in Kirkuk, Iraq, killing four "
         "people and wounding nine others. Three of the wounded died overnight.", 7, 6),
    ],
    ids=["of-the-victims-died-of-injuries", "named-died-of-his-wounds", "injured-and-succumbed",
         "one-of-the-injured-after-another-party", "of-the-wounded-after-a-toll"],
)
def test_the_dead_leave_the_wounded(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # another party than the wounded died of his wounds
        ("On 3 March 2016, a blast hit a market in Bannu, Pakistan, wounding six traders. "
         "A soldier was shot and later died of his wounds.", 1, 6),
        # more dead than the hurt told before: the count of the hurt is no host for them
        ("On 14 May 2012, gunmen raided a farm near Jos, Nigeria, injuring one farmer. "
         "Three of the victims died of their wounds.", 3, 1),
    ],
    ids=["another-party", "more-dead-than-hurt"],
)
def test_the_wounded_stay(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 4 October 2014, gunmen fired on a minibus near Wukari, Nigeria. Ada Okoro was "
         "wounded and later died.", 1, 0),
        ("On 19 February 2013, a bomb hit a shop in Quetta, Pakistan. The shopkeeper, Nasir "
         "Baloch, was injured and died in hospital.", 1, 0),
        ("On 8 August 2015, attackers threw a grenade into a bar in Kisumu, Kenya. Two "
         "waiters were hurt and subsequently died, and five customers were injured.", 2, 5),
    ],
    ids=["wounded-and-later-died", "injured-and-died-in-hospital", "hurt-then-died-and-others"],
)
def test_hurt_and_died_in_one_clause_is_dead_only(text: str, killed: int,
                                                  wounded: int) -> None:
    assert totals(text) == (killed, wounded)
