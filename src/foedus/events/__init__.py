"""Events stage: CAMEO/PLOVER ontology, trigger lexicons and the coder."""
