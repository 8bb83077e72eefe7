"""The file to give `spark-submit`: it runs the `eventwire` command line on the Spark driver.

    spark-submit --master spark://HOST:7077 $(python -c 'import eventwire.scale.submit as s; print(s.__file__)') \\
        spark ingest /data/news/2024 --out hdfs:///eventwire/2024

See docs/SPARK.md for how the environment and the gazetteer reach the executors.
"""

from eventwire.cli import main

if __name__ == "__main__":
    main()
