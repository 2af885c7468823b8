# Renders every template of helm_rows.py with the reference helm -> ../helm-exec.tsv
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TABLES = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_helm_lib as H
from helm_rows import T
H.generate(T, os.path.join(TABLES, 'helm-exec.tsv'), [
    "# Templates run through the reference helm v4.1.4 (go1.25.9) with gotemplate/helm-values (values.yaml),",
    "# missingkey=zero, and helm's <no value> -> \"\" replacement applied to the output."])
