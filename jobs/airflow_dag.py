"""Example Airflow DAG: the seller-trust job daily, one run per snapshot date (Airflow 2.x).

The snapshot date is the logical date's day ({{ ds }}): the run for 2026-11-28 starts once that day is over, so its
inputs are complete. Catch-up reruns missed days in order (max_active_runs=1 keeps snapshots from racing for the
output's publication step). A rerun of a day replaces that day's snapshot only.

Each day continues the previous day's saved state when it can (docs/INCREMENTAL.md), so the input is one stable root
with date-partitioned datasets, not a copy per day. Sundays recompute in full (--full), which also catches a settled
row that was changed in the input after it settled.

Exit codes of the job: 0 published, 1 internal error, 2 usage/config, 3 bad input, 4 data-quality rule failed
(nothing published). Retrying only helps for 1 (e.g. a lost executor); bad input and quality failures need a person.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG(
    dag_id="seller_trust_daily",
    schedule="15 3 * * *",
    start_date=datetime(2026, 11, 1),
    catchup=True,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=15)},
    tags=["seller-trust"],
) as dag:
    BashOperator(
        task_id="score_sellers",
        # jobs/submit-yarn.sh (or submit-k8s.sh) wraps spark-submit; TRUST_SCORE_BUYER_KEY comes from a secret backend
        # (Airflow Variable/Connection or the environment), never from the DAG file.
        bash_command="cd /opt/seller-trust && jobs/submit-yarn.sh {{ ds }}"
        " {{ '--full' if logical_date.weekday() == 6 else '' }}",
        env={
            "TRUST_SCORE_BUYER_KEY": "{{ var.value.seller_trust_buyer_key }}",
            "TRUST_SCORE_INPUT": "s3a://marketplace-lake/seller-trust/input",
            "TRUST_SCORE_OUTPUT": "s3a://marketplace-lake/seller-trust/output",
        },
        append_env=True,
        execution_timeout=timedelta(hours=3),
    )
