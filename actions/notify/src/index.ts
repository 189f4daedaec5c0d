import { hello } from '@stagegate/core';
import * as core from '@actions/core';
core.info(hello('x'));
