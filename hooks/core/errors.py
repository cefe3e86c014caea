"""The root of second-nature's own errors.

Every error we raise for a person to act on derives from ``SecondNatureError`` (beside the built-in base it
had, so ``except ValueError`` still works): its message says what is wrong and what to do. The command line
shows one as a single line; a program embedding second-nature catches this one class. Standard library only:
the hook process may import it.
"""


class SecondNatureError(Exception):
    """A mistake a person can fix, or a state they must know of: the message says which, and how."""
